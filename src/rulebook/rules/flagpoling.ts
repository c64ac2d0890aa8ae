/** Flagpoling: leaving Canada for the US or St. Pierre and Miquelon to get a permit at the border. */
import { FLAGPOLING_BAN_TEXT, flagpolingExempt, flagpolingTrip } from "../facts.js";
import { all, not } from "../logic.js";
import { rule, SRC } from "../rule.js";

const BAN = { from: FLAGPOLING_BAN_TEXT };

/** CBSA, IRPR 26.1(2): no work permits for flagpolers from 2024-12-23 23:59 ET, except five groups; LOI printing too. */
export const flagpoling = rule({
  id: "R-POE-08",
  topic: "flagpoling",
  title: {
    en: "Flagpoling no longer gets a work permit at the border",
    fr: "L'aller-retour à la frontière (« flagpoling ») ne permet plus d'obtenir un permis de travail",
  },
  concludes: { kind: "blocker", code: "flagpoling" },
  when: all(flagpolingTrip, not(flagpolingExempt)),
  effective: { ...BAN, note: "CBSA: 2024-12-23 at 11:59 pm ET (IRCC PDIs write 2024-12-24)" },
  sources: [
    SRC.flagpolingRelease(),
    SRC.portsRegulation(),
    SRC.impPdi(
      "IMP PDI: exemptions from the flagpoling measure (FTA professionals; spouses of F32, F42, F12 principals)",
    ),
  ],
  lastVerified: "2026-02-12",
});

export const flagpolingExemptAdvisory = rule({
  id: "R-POE-08b",
  topic: "flagpoling",
  title: {
    en: "Exempt from the flagpoling ban",
    fr: "Exemption de l'interdiction du « flagpoling »",
  },
  concludes: { kind: "advisory", code: "flagpoling-exempt" },
  when: all(flagpolingTrip, flagpolingExempt),
  effective: BAN,
  sources: [SRC.flagpolingRelease(), SRC.impPdi("IMP PDI: exemptions from the flagpoling measure")],
  lastVerified: "2026-02-12",
});

export const flagpolingRules = [flagpoling, flagpolingExemptAdvisory];
