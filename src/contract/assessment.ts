import type { AdvisoryCode, BlockerCode, DocumentCode, Poe, RouteAnswer } from "./codes.js";
import type { Field } from "./profile.js";

export type Lang = "en" | "fr";
export const LANGS: readonly Lang[] = ["en", "fr"];

export interface Blocker {
  code: BlockerCode;
  because: string;
  sources: string[];
  /** The rule that raised it (extra field). */
  rule: string;
}

export interface DocumentItem {
  code: DocumentCode;
  text: string;
}

export interface Advisory {
  code: AdvisoryCode;
  text: string;
  sources: string[];
  rule: string;
}

/** The assessment (docs/contract.md §2). Extra fields are allowed; these are fixed. */
export interface Assessment {
  contract: 1;
  rulebook: string;
  asOf: string;
  /** (1.1) The date through which the rulebook was checked against the law, `YYYY-MM-DD`. */
  verifiedThrough: string;
  poe: Poe;
  route: RouteAnswer;
  blockers: Blocker[];
  documents: DocumentItem[];
  advisories: Advisory[];
  missing: Field[];
  refine: Field[];
}

/** One problem with the input (docs/contract.md §5). */
export interface InputError {
  /** Where the problem is, e.g. `citizenships[0]`; empty for the whole input. */
  path: string;
  code: InputErrorCode;
  message: string;
}

export type InputErrorCode =
  | "not-an-object"
  | "not-json"
  | "unknown-key"
  | "wrong-type"
  | "bad-value"
  | "bad-date"
  | "unknown-country"
  | "bad-offer-number"
  | "out-of-range"
  | "outside-coverage";

export type AssessResult = { ok: true; assessment: Assessment } | { ok: false; errors: InputError[] };
