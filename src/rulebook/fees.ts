/**
 * The fees a work permit applicant meets at the border, as dated parameters with their provision
 * (IRPR Part 19, read in the consolidation of 2026-06-12): written once here, so a change of amount
 * is a new period with its source, not an edit of every text that quotes it. None changed during
 * the rulebook's coverage.
 *
 * `feesAtBorder` says which of them a traveller who applies at the port of entry pays there. It is
 * guidance for the checklist, never a condition of the verdict: the law's exemptions (IRPR 299(2);
 * the open work permit holder fee only for some open permits, 303.2) are stated, not decided.
 *
 * @example
 * ```ts
 * FEES.workPermit.at(Date.parse("2025-06-01T12:00:00Z")); // 155
 * feesAtBorder({ permit: "open" }, "apply-at-poe", Date.parse("2025-06-01T12:00:00Z")).map((f) => f.fee);
 * // ["workPermit", "openPermitHolder"]
 * ```
 */
import type { RouteAnswer } from "../contract/codes.js";
import type { Profile } from "../contract/profile.js";
import { dated } from "./dated.js";
import { type Source, SRC } from "./rule.js";
import type { Instant } from "./time.js";

export const FEES = {
  /** IRPR 299(1): the work permit processing fee, paid by the applicant. */
  workPermit: dated("fee.work-permit", [{ value: 155, sources: [SRC.irpr("299", "IRPR 299(1)")] }]),
  /** IRPR 303.2: the open work permit holder fee, for the open permits it names. */
  openPermitHolder: dated("fee.open-work-permit-holder", [
    { value: 100, sources: [SRC.irpr("303.2", "IRPR 303.2")] },
  ]),
  /** IRPR 303.1: the employer compliance fee of an LMIA-exempt offer, paid by the employer. */
  employerCompliance: dated("fee.employer-compliance", [
    { value: 230, sources: [SRC.irpr("303.1", "IRPR 303.1")] },
  ]),
  /** IRPR 315.1: the biometrics fee, per person. */
  biometrics: dated("fee.biometrics", [{ value: 85, sources: [SRC.irpr("315.1", "IRPR 315.1")] }]),
  /** IRPR 294.1: the electronic travel authorization fee. */
  eta: dated("fee.eta", [{ value: 7, sources: [SRC.irpr("294.1", "IRPR 294.1")] }]),
} as const;

export type FeeName = keyof typeof FEES;

/** The fees `feesAtBorder` can name. */
export type BorderFeeName = "workPermit" | "openPermitHolder";

export interface FeeDue {
  fee: BorderFeeName;
  /** In Canadian dollars, in force at the arrival. */
  amount: number;
  sources: readonly Source[];
  /** False where the fee applies to some cases only and the profile does not settle which. */
  certain: boolean;
}

/**
 * The fees paid at the port of entry by a traveller whose route is to apply there: the processing
 * fee (not for IEC, whose participants pay online before travelling), and for an open permit the
 * holder fee where it applies. Other routes pay online (or have nothing to pay at the border).
 */
export function feesAtBorder(profile: Profile, route: RouteAnswer, arrival: Instant): FeeDue[] {
  if (route !== "apply-at-poe" || profile.permit === "iec") return [];
  const due = (fee: BorderFeeName, certain: boolean): FeeDue[] => {
    const period = FEES[fee].periodAt(arrival);
    return period ? [{ fee, amount: period.value, sources: period.sources, certain }] : [];
  };
  return [
    ...due("workPermit", true),
    ...(profile.permit === "open" || profile.permit === undefined ? due("openPermitHolder", false) : []),
  ];
}
