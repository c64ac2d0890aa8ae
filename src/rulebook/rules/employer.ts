/** Employer-specific permits: LMIA, the Employer Portal offer and fee, Quebec's CAQ. */
import { caqNeeded, employerSpecific, lmiaExceptionPerson } from "../facts.js";
import { all, any, is, isFalse, not } from "../logic.js";
import { rule, SRC } from "../rule.js";

/** IRPR 198(2)(a): an LMIA job needs the LMIA already issued, unless US/Greenland/SPM. */
export const lmiaNotIssued = rule({
  id: "R-POE-04",
  topic: "employer",
  title: {
    en: "An LMIA job needs the LMIA issued before arrival",
    fr: "Un emploi avec EIMT exige une EIMT déjà délivrée à l'arrivée",
  },
  concludes: { kind: "blocker", code: "lmia-not-issued" },
  when: all(is("permit", "lmia"), isFalse("lmiaIssued"), not(lmiaExceptionPerson)),
  sources: [SRC.irpr("198", "IRPR 198(2)(a)"), SRC.poePage()],
  lastVerified: "2026-07-23",
});

/**
 * IRPR 209.11, 303.1, 200(3)(f.1): for an LMIA-exempt job the employer submits the offer in the
 * Employer Portal and pays the compliance fee before the application; without a job offer there is
 * no employer-specific permit at all.
 */
export const employerOfferIncomplete = rule({
  id: "R-POE-11",
  topic: "employer",
  title: {
    en: "The employer's offer must be complete before you apply",
    fr: "L'offre de l'employeur doit être complète avant la demande",
  },
  concludes: { kind: "blocker", code: "employer-offer-incomplete" },
  when: all(
    employerSpecific,
    any(isFalse("jobOffer"), all(is("permit", "lmia-exempt"), isFalse("complianceFeePaid"))),
  ),
  sources: [
    SRC.irpr("209.11", "IRPR 209.11"),
    SRC.irpr("303.1", "IRPR 303.1"),
    SRC.irpr("200", "IRPR 200(3)(f.1)"),
    SRC.impPdi("IMP PDI: Employer Portal offer and compliance fee"),
  ],
  lastVerified: "2026-02-12",
});

/** IRPR 303.1: the $230 compliance fee is the employer's, paid before the worker applies. */
export const complianceFeeUnpaid = rule({
  id: "R-POE-11b",
  topic: "employer",
  title: {
    en: "The employer has not paid the compliance fee",
    fr: "L'employeur n'a pas payé les frais liés à la conformité",
  },
  concludes: { kind: "advisory", code: "compliance-fee-unpaid" },
  when: all(is("permit", "lmia-exempt"), isFalse("complianceFeePaid")),
  sources: [SRC.irpr("303.1", "IRPR 303.1"), SRC.impPdi("IMP PDI: Employer Portal offer and compliance fee")],
  lastVerified: "2026-07-23",
});

/**
 * IRPR 200(3)(b): an officer shall not issue a work permit for work in Quebec that needs an LMIA
 * (a determination under s.203) to a person without a CAQ where Quebec's law requires one. Under
 * Quebec's regulation, as the PDI "Quebec cases" reads it, no CAQ is needed for work of 30 days or
 * less, unpaid work, or work that needs no LMIA. The bar is on the permit itself, by any route.
 */
export const caqMissing = rule({
  id: "R-POE-12",
  topic: "employer",
  title: {
    en: "Quebec LMIA jobs need the CAQ before the permit can be issued",
    fr: "Les emplois avec EIMT au Québec exigent le CAQ avant la délivrance du permis",
  },
  concludes: { kind: "blocker", code: "caq-missing" },
  when: all(caqNeeded, isFalse("caqAttestation")),
  sources: [
    SRC.irpr("200", "IRPR 200(3)(b)"),
    SRC.quebecPdi(
      "PDI Quebec cases: when a CAQ is required and its exceptions",
      "Instructions d'IRCC, Cas du Québec\u00a0: quand un CAQ est exigé, et ses exceptions",
    ),
    SRC.poePage(),
  ],
  lastVerified: "2026-02-12",
});

export const employerRules = [lmiaNotIssued, employerOfferIncomplete, complianceFeeUnpaid, caqMissing];
