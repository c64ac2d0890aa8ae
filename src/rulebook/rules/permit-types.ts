/** Permit types that cannot be applied for at the border (IRPR 198(2); PGWP ministerial instructions). */
import { usNational, usPermanentResident } from "../facts.js";
import { all, any, is, isFalse, not } from "../logic.js";
import { rule, type Source, SRC } from "../rule.js";

/** IRCC program delivery instructions for IEC (R205(b), C21): processing, ports of entry. */
const iecPdi = (provision: string, frProvision: string): Source => ({
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/experience-processing-procedures.html",
  provision,
  fr: {
    url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/travailleurs-etrangers/experience-procedure-traitement.html",
    provision: frProvision,
  },
});

/** IRPR 198(2)(a)(i): seasonal agricultural employment is never applied for on entry. */
export const sawp = rule({
  id: "R-POE-05",
  topic: "permit-types",
  title: {
    en: "Seasonal agricultural workers (SAWP) cannot apply at the border",
    fr: "Les travailleurs agricoles saisonniers (PTAS) ne peuvent pas présenter de demande à la frontière",
  },
  concludes: { kind: "blocker", code: "sawp" },
  when: is("permit", "sawp"),
  sources: [SRC.irpr("198", "IRPR 198(2)(a)(i)"), SRC.poePage()],
  lastVerified: "2026-07-23",
});

/**
 * IRPR 198(2)(c): an IEC participant may not apply on entry unless a US national or permanent
 * resident, or unless the application was approved before entry (a Letter of Introduction holder,
 * who has the approved permit printed).
 */
export const iecNotUs = rule({
  id: "R-POE-06",
  topic: "permit-types",
  title: {
    en: "International Experience Canada at the border is only for US citizens and permanent residents",
    fr: "Expérience internationale Canada à la frontière : seulement pour les citoyens et résidents permanents des États-Unis",
  },
  concludes: { kind: "blocker", code: "iec-not-us" },
  when: all(is("permit", "iec"), not(any(usNational, usPermanentResident)), isFalse("letterOfIntroduction")),
  sources: [SRC.irpr("198", "IRPR 198(2)(c)")],
  lastVerified: "2026-07-23",
});

/**
 * IEC PDI (C21), ports of entry: a US national or permanent resident may apply for IEC on entry only
 * with the invitation to apply and the documents IEC asks for there (the recognized organization's
 * letter where one is used, the receipt of the fee paid online). Without them, the application is
 * made online first.
 */
export const iecInvitationMissing = rule({
  id: "R-POE-06b",
  topic: "permit-types",
  title: {
    en: "International Experience Canada at the border needs the invitation to apply",
    fr: "Expérience internationale Canada à la frontière : l'invitation à présenter une demande est nécessaire",
  },
  concludes: { kind: "blocker", code: "iec-invitation-missing" },
  when: all(is("permit", "iec"), any(usNational, usPermanentResident), isFalse("iecInvitation")),
  sources: [
    iecPdi(
      "IEC PDI (R205(b), C21): applications at a port of entry by US citizens and permanent residents",
      "Instructions d'IRCC sur l'EIC [R205b) – C21]\u00a0: demandes présentées à un point d'entrée par les citoyens et les résidents permanents des États-Unis",
    ),
    SRC.irpr("198", "IRPR 198(2)(c)"),
  ],
  lastVerified: "2026-02-12",
});

/** PGWP: no longer accepted at a port of entry from 2024-06-21 ("effective immediately"; start of day). */
export const pgwp = rule({
  id: "R-POE-07",
  topic: "permit-types",
  title: {
    en: "Post-graduation work permits are no longer issued on arrival",
    fr: "Les permis de travail postdiplôme ne sont plus délivrés à l'arrivée",
  },
  concludes: { kind: "blocker", code: "pgwp" },
  when: is("permit", "pgwp"),
  effective: {
    from: "2024-06-21T00:00:00-04:00",
    note: "time of day not published: start of day, Eastern Time",
  },
  sources: [SRC.pgwpRelease(), SRC.poePage("IRCC poe.html: PGWP no longer at a port of entry")],
  lastVerified: "2026-02-12",
});

export const permitTypeRules = [sawp, iecNotUs, iecInvitationMissing, pgwp];
