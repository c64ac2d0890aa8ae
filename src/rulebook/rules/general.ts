/** Advisories that apply whatever the permit: the officer's final say, maintained status. */
import { always, isTrue } from "../logic.js";
import { rule, SRC } from "../rule.js";

export const officerDecides = rule({
  id: "R-POE-19",
  topic: "general",
  title: {
    en: "The border officer has the final say",
    fr: "L'agent des services frontaliers a le dernier mot",
  },
  concludes: { kind: "advisory", code: "officer-decides" },
  when: always,
  sources: [SRC.irpr("200", "IRPR 200"), SRC.poePage()],
  lastVerified: "2026-07-23",
});

/** IRPR 186(u), 183(4)(a): leaving Canada ends the right to keep working on maintained status. */
export const maintainedStatus = rule({
  id: "R-POE-17",
  topic: "general",
  title: {
    en: "Leaving Canada on maintained status stops your right to work",
    fr: "Quitter le Canada en statut maintenu met fin au droit de travailler",
  },
  concludes: { kind: "advisory", code: "maintained-status-work-stops" },
  when: isTrue("maintainedStatus"),
  sources: [SRC.irpr("186", "IRPR 186(u)"), SRC.irpr("183", "IRPR 183(4)(a)")],
  lastVerified: "2026-07-23",
});

/** Meta-advisories raised by the engine itself (they carry sources like any rule). */
export const dataUnverified = rule({
  id: "R-META-DATA",
  topic: "general",
  title: {
    en: "Part of the answer rests on reference data that could not be verified",
    fr: "Une partie de la réponse repose sur des données de référence non vérifiées",
  },
  concludes: { kind: "advisory", code: "data-unverified" },
  when: always,
  sources: [SRC.imePdi("IME PDI: designated country table (copy not verified)"), SRC.cbsaBiometrics()],
  lastVerified: "2026-02-12",
});

export const rulesMayChange = rule({
  id: "R-META-FUTURE",
  topic: "general",
  title: {
    en: "Future arrival: the rules known today are used",
    fr: "Arrivée future : les règles connues aujourd'hui sont appliquées",
  },
  concludes: { kind: "advisory", code: "rules-may-change" },
  when: always,
  sources: [SRC.poePage()],
  lastVerified: "2026-02-12",
});

export const generalRules = [officerDecides, maintainedStatus];
export const metaRules = [dataUnverified, rulesMayChange];
