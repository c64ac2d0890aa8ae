/**
 * Entry status, visitor visas and eTAs: who may apply on entry at all (IRPA 2(1), 19(1); IRPR
 * 198(1), 190, 7.01, 7.1).
 */
import {
  conditionalEtaEligible,
  conditionalEtaNational,
  US_PR_ETA_EXEMPTION_FROM,
  usNational,
  usPermanentResident,
  visaExempt,
} from "../facts.js";
import { all, any, during, type Fact, fact, is, not } from "../logic.js";
import { rule, type Source, SRC } from "../rule.js";

const irpa = (
  section: string,
  provision: string,
  frProvision = provision.replace(/^IRPA\b/, "LIPR"),
): Source => ({
  url: `https://laws-lois.justice.gc.ca/eng/acts/I-2.5/section-${section}.html`,
  provision,
  fr: {
    url: `https://laws-lois.justice.gc.ca/fra/lois/I-2.5/article-${section}.html`,
    provision: frProvision,
  },
});

/**
 * IRPA 2(1): a Canadian citizen is not a foreign national, whatever other citizenship they hold, so
 * no rule about foreign nationals (visas, eTAs, work permits) applies to them.
 */
export const canadianCitizenship: Fact = fact(["citizenships"], (v) => {
  const c = v.get("citizenships");
  return c === undefined ? undefined : c.includes("CA");
});

/** IRPA 19(1), 2(1); IRPR 196: a citizen enters as of right and needs no work permit. */
export const canadianCitizen = rule({
  id: "R-POE-CA",
  topic: "visa-and-eta",
  title: {
    en: "Canadian citizens need no work permit",
    fr: "Les citoyens canadiens n'ont pas besoin de permis de travail",
  },
  concludes: { kind: "blocker", code: "canadian-citizen" },
  when: canadianCitizenship,
  sources: [
    irpa(
      "2",
      "IRPA 2(1): definition of foreign national",
      "LIPR 2(1)\u00a0: définition de «\u00a0étranger\u00a0»",
    ),
    irpa("19", "IRPA 19(1): right of entry of citizens", "LIPR 19(1)\u00a0: droit d'entrée des citoyens"),
    SRC.irpr(
      "196",
      "IRPR 196: work permits are for foreign nationals",
      "RIPR 196\u00a0: le permis de travail vise les étrangers",
    ),
  ],
  lastVerified: "2026-07-23",
});

/** IRPR 198(1): only travellers exempt from the visitor visa (s.190) may apply on entry. */
export const visaRequired = rule({
  id: "R-POE-01",
  topic: "visa-and-eta",
  title: {
    en: "Only visa-exempt travellers may apply at the border",
    fr: "Seules les personnes dispensées de visa peuvent présenter une demande à la frontière",
  },
  concludes: { kind: "blocker", code: "visa-required" },
  when: all(not(visaExempt), not(conditionalEtaNational)),
  sources: [SRC.irpr("198", "IRPR 198(1)"), SRC.irpr("190", "IRPR 190")],
  lastVerified: "2026-07-23",
});

/** IRPR 7.01: conditional-eTA nationals are not visa-exempt under s.190, so 198(1) fails. */
export const etaConditionalCountry = rule({
  id: "R-POE-02",
  topic: "visa-and-eta",
  title: {
    en: "Conditional-eTA nationals are not visa-exempt for a border application",
    fr: "Les ressortissants admissibles à l'AVE conditionnelle ne sont pas dispensés de visa pour une demande à la frontière",
  },
  concludes: { kind: "blocker", code: "eta-conditional-country" },
  when: all(not(visaExempt), conditionalEtaNational),
  sources: [SRC.irpr("7.01", "IRPR 7.01"), SRC.irpr("198", "IRPR 198(1)"), SRC.mexicoEta()],
  lastVerified: "2026-07-23",
});

/** IRPR 7.1(3)(b): US permanent residents need no eTA since 2022-04-26 08:00 EDT. */
const usPrEtaExempt = all(usPermanentResident, during({ from: US_PR_ETA_EXEMPTION_FROM }));

/**
 * IRPR 7.1(3)(e): a citizen of France who resides in St. Pierre and Miquelon and comes directly from
 * there needs no eTA, by air or by sea. "Directly" is read from `arrivingFrom`.
 */
export const frenchResidentOfSpmComingDirectly: Fact = all(
  fact(["citizenships"], (v) => v.get("citizenships")?.includes("FR")),
  is("countryOfResidence", "PM"),
  is("arrivingFrom", "PM"),
);

/**
 * IRPR 7.1(1), 7.1(3); 7.01(1): a visa-exempt traveller (or a conditional-eTA national) flying in
 * needs an eTA, save the waivers of 7.1(3) that the profile can express: US nationals (b), US
 * permanent residents since 2022-04-26 (b), French citizens residing in St. Pierre and Miquelon
 * coming directly from there (e). The waivers it cannot express (a visitor visa already held,
 * 7.1(2); diplomats, 190(2)(a); crews; transit and re-entry cases of 190(3)) are named in the
 * advisory's text and in ADR 0013.
 */
export const etaByAir = rule({
  id: "R-POE-03",
  topic: "visa-and-eta",
  title: {
    en: "Visa-exempt travellers arriving by air need an eTA",
    fr: "Les voyageurs dispensés de visa qui arrivent par avion ont besoin d'une AVE",
  },
  concludes: { kind: "advisory", code: "eta-required" },
  when: all(
    is("travelMode", "air"),
    not(usNational),
    not(usPrEtaExempt),
    not(frenchResidentOfSpmComingDirectly),
    any(visaExempt, conditionalEtaEligible),
  ),
  sources: [
    SRC.irpr("7.1", "IRPR 7.1(1), 7.1(2), 7.1(3)(b), 7.1(3)(e)"),
    SRC.irpr("7.01", "IRPR 7.01(1)-(2)"),
    SRC.usPrHelp(),
  ],
  lastVerified: "2026-07-23",
});

/** IRPR 7.1(1) as amended 2026-06-05: by vessel directly from St. Pierre and Miquelon, an eTA too. */
export const etaByVesselFromSpm = rule({
  id: "R-POE-03b",
  topic: "visa-and-eta",
  title: {
    en: "Arriving by boat from St. Pierre and Miquelon needs an eTA",
    fr: "Arriver par bateau de Saint-Pierre-et-Miquelon exige une AVE",
  },
  concludes: { kind: "advisory", code: "eta-required" },
  when: all(
    is("travelMode", "sea"),
    is("arrivingFrom", "PM"),
    not(usNational),
    not(usPermanentResident),
    visaExempt,
    not(frenchResidentOfSpmComingDirectly),
  ),
  effective: { from: "2026-06-05T00:00:00-04:00", note: "SOR/2026-101" },
  sources: [SRC.irpr("7.1", "IRPR 7.1(1), 7.1(3)(b), 7.1(3)(e), 7.1(3)(g)")],
  lastVerified: "2026-07-23",
});

/** IRPR 7(1), 190, 7.01(1): everyone else needs a visitor visa to travel. */
export const visaToTravel = rule({
  id: "R-POE-01b",
  topic: "visa-and-eta",
  title: {
    en: "A visitor visa is needed to travel",
    fr: "Un visa de résident temporaire est nécessaire pour voyager",
  },
  concludes: { kind: "advisory", code: "visa-required" },
  when: all(not(visaExempt), not(conditionalEtaEligible)),
  sources: [SRC.irpr("190", "IRPR 190"), SRC.irpr("7.01", "IRPR 7.01(1)-(2)")],
  lastVerified: "2026-07-23",
});

/** Exemption follows the document: with several citizenships, travel on the passport that carries it. */
export const dualCitizen = rule({
  id: "R-ADV-DUAL",
  topic: "visa-and-eta",
  title: {
    en: "Several citizenships: the passport you travel on decides",
    fr: "Plusieurs citoyennetés : le passeport utilisé décide",
  },
  concludes: { kind: "advisory", code: "dual-citizen-passport-choice" },
  when: fact(["citizenships"], (v) => {
    const c = v.get("citizenships");
    return c === undefined ? undefined : new Set(c).size > 1;
  }),
  sources: [SRC.irpr("190", "IRPR 190"), SRC.mexicoEta()],
  lastVerified: "2026-07-23",
});

export const visaAndEtaRules = [
  canadianCitizen,
  visaRequired,
  etaConditionalCountry,
  etaByAir,
  etaByVesselFromSpm,
  visaToTravel,
  dualCitizen,
];
