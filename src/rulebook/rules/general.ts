/** Advisories that apply whatever the permit: the officer's final say, maintained status. */
import { appliesAtBorder } from "../decision.js";
import { biometricsRequired, medicalExamRequired, portConfirmed } from "../facts.js";
import { all, always, any, during, type Fact, fact, isTrue, not, type View } from "../logic.js";
import { rule, SRC } from "../rule.js";
import { easternDay } from "../time.js";

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

/**
 * The medical requirement was settled from the IME country list, whose copy is partial and not
 * verified: the traveller did not answer `designatedCountryStay` directly, and the list was read to
 * decide (the facts mark such a reading through `View.leanOnUnverified`).
 */
const medicalDecidedFromUnverifiedList: Fact = fact(
  [...medicalExamRequired.deps, "designatedCountryStay"],
  (v) => {
    if (v.peek("designatedCountryStay") !== undefined) return false;
    let leaned = false;
    // The same view, with its note of unverified data caught here (the rest read through `v`).
    const watching: View = Object.create(v);
    watching.leanOnUnverified = () => {
      leaned = true;
    };
    return medicalExamRequired(watching) === undefined ? undefined : leaned;
  },
);

/** The port's biometrics service could not be confirmed from the partial CBSA list (R-POE-10b). */
const biometricsPortUnconfirmedFact: Fact = all(biometricsRequired, appliesAtBorder, not(portConfirmed));

/** Meta-advisories raised by the engine itself (they carry sources like any rule). */
export const dataUnverified = rule({
  id: "R-META-DATA",
  topic: "general",
  title: {
    en: "Part of the answer rests on reference data that could not be verified",
    fr: "Une partie de la réponse repose sur des données de référence non vérifiées",
  },
  concludes: { kind: "advisory", code: "data-unverified" },
  when: any(medicalDecidedFromUnverifiedList, biometricsPortUnconfirmedFact),
  sources: [
    SRC.imePdi(
      "IME PDI: designated country table (copy not verified)",
      "Instructions d'IRCC sur l'EMI\u00a0: tableau des pays désignés (copie non vérifiée)",
    ),
    SRC.cbsaBiometrics(),
  ],
  lastVerified: "2026-02-12",
});

/**
 * The instant from which an arrival is after the rulebook's `verifiedThrough` date: the start (Eastern
 * Time) of the next day.
 *
 * @example
 * ```ts
 * verifiedThroughEnd("2026-02-12") === startOfEasternDay("2026-02-13"); // true
 * ```
 */
export const verifiedThroughEnd = (verifiedThrough: string): number => easternDay(verifiedThrough).end;

/**
 * The arrival is still to come when the assessment is made: the rules may change before it
 * (docs/contract.md §2). Read at every instant the arrival may be, as any dated condition.
 */
export const arrivalAfterPresent: Fact = fact(["arrival"], (v) => v.at((t) => t > v.present()));

/**
 * docs/contract.md §2 and §4: an arrival after the date through which the rulebook was checked
 * against the law, or after the moment of the assessment, gets `rules-may-change` (built once
 * that date is known, from every rule's `lastVerified`); the first case names the date.
 */
export function rulesMayChange(verifiedThrough: string) {
  return rule({
    id: "R-META-FUTURE",
    topic: "general",
    title: {
      en: "Arrival after the date the rules were last checked, or still to come",
      fr: "Arrivée après la dernière vérification des règles, ou encore à venir",
    },
    concludes: { kind: "advisory", code: "rules-may-change" },
    when: any(during({ from: verifiedThroughEnd(verifiedThrough) }), arrivalAfterPresent),
    sources: [
      {
        url: "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/",
        provision: "IRPR, consolidated text (each rule cites the provisions it reads)",
        fr: {
          url: "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/",
          provision: "RIPR, texte codifié (chaque règle cite les dispositions qu'elle lit)",
        },
      },
      SRC.poePage(),
    ],
    lastVerified: verifiedThrough,
  });
}

export const generalRules = [officerDecides, maintainedStatus];
