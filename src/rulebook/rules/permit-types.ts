/** Permit types that cannot be applied for at the border (IRPR 198(2); PGWP ministerial instructions). */
import { usNational, usPermanentResident } from "../facts.js";
import { all, any, is, not } from "../logic.js";
import { rule, SRC } from "../rule.js";

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

/** IRPR 198(2)(c): IEC on entry only for US nationals and US permanent residents. */
export const iecNotUs = rule({
  id: "R-POE-06",
  topic: "permit-types",
  title: {
    en: "International Experience Canada at the border is only for US citizens and permanent residents",
    fr: "Expérience internationale Canada à la frontière : seulement pour les citoyens et résidents permanents des États-Unis",
  },
  concludes: { kind: "blocker", code: "iec-not-us" },
  when: all(is("permit", "iec"), not(any(usNational, usPermanentResident))),
  sources: [SRC.irpr("198", "IRPR 198(2)(c)")],
  lastVerified: "2026-07-23",
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

export const permitTypeRules = [sawp, iecNotUs, pgwp];
