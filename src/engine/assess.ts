/**
 * `assess`: profile in, assessment out (docs/contract.md §2). Pure and browser-safe; `now` is passed in.
 * The work is split by job: shape.ts (the search state), kleene.ts and settle.ts (what the rules
 * settle), texts.ts (the listed items' wording), meta.ts (the advisories about the assessment).
 */
import type { Assessment, AssessResult, Lang } from "../contract/assessment.js";
import type { Field, Profile } from "../contract/profile.js";
import { messages } from "../i18n/index.js";
import {
  COVERAGE_START,
  COVERAGE_START_INSTANT,
  RULEBOOK_VERSION,
  VERIFIED_THROUGH,
} from "../rulebook/index.js";
import { easternDay, formatEastern, isIsoDate, parseDateTime } from "../rulebook/time.js";
import { addMetaAdvisories } from "./meta.js";
import type { Decided } from "./port.js";
import { settle } from "./settle.js";
import { stateOf } from "./shape.js";
import { certainBlockers, listed } from "./texts.js";
import { parseProfile } from "./validate.js";

export type { Decided } from "./port.js";

export interface AssessOptions {
  lang?: Lang;
  /** The present instant (default: the clock). Arrivals after it get `rules-may-change`. */
  now?: Date;
}

/**
 * Assesses a profile that has passed validation.
 *
 * @example
 * ```ts
 * assessProfile({ citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" }).poe; // "no"
 * ```
 */
export function assessProfile(profile: Profile, options: AssessOptions = {}): Assessment {
  const lang = options.lang ?? "en";
  const now = options.now ?? new Date();
  const { state, asOf } = stateOf(profile, now);
  const { poe, route, certain, missing, refine } = settle(state);

  const items = listed(profile, lang, certain);
  addMetaAdvisories(state, items, profile, lang);

  return {
    contract: 1,
    rulebook: RULEBOOK_VERSION,
    asOf: formatEastern(asOf),
    verifiedThrough: VERIFIED_THROUGH,
    poe,
    route,
    blockers: items.blockers,
    documents: items.documents,
    advisories: items.advisories,
    missing,
    refine,
  };
}

/**
 * The decisions of `assessProfile` for a profile that has passed validation (`poe`, `route`,
 * `missing`, the blockers' rules), equal to the assessment's own, without writing any text or
 * working out documents, advisories and `refine`. For callers that assess many variants of one
 * profile and read only these (`whatWouldChange`).
 *
 * @example
 * ```ts
 * decide({ citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" }).poe; // "no"
 * ```
 */
export function decide(profile: Profile, options: Pick<AssessOptions, "now"> = {}): Decided {
  const { state } = stateOf(profile, options.now ?? new Date());
  const { poe, route, certain, missing } = settle(state, false);
  return {
    poe,
    route,
    missing,
    blockerRules: certainBlockers(certain, profile.citizenships === undefined).map((r) => r.id),
  };
}

/**
 * The `missing` of `decide` alone, for a profile that has passed validation. Where Kleene
 * evaluation leaves the profile open, `decide` builds a diagram for every blocker rule to list the
 * certain ones; a caller that reads only `missing` (whatWouldChange's pruning run) is spared them.
 *
 * @example
 * ```ts
 * missingOf({ citizenships: ["FR"], permit: "lmia" }); // ["lmiaIssued", …]
 * ```
 */
export function missingOf(profile: Profile, options: Pick<AssessOptions, "now"> = {}): Field[] {
  const { state } = stateOf(profile, options.now ?? new Date());
  return settle(state, false).missing;
}

/**
 * Validates and assesses any input; never throws on bad input.
 *
 * @example
 * ```ts
 * const r = assess({ citizenships: ["ZQ"] });
 * r.ok; // false — r.errors lists every problem with its path
 * ```
 */
export function assess(input: unknown, options: AssessOptions = {}): AssessResult {
  const lang = options.lang ?? "en";
  const parsed = parseProfile(input, lang);
  if (!parsed.ok) return parsed;
  const { arrival } = parsed.profile;
  if (arrival !== undefined) {
    const t = isIsoDate(arrival) ? easternDay(arrival).start : parseDateTime(arrival)!;
    if (t < COVERAGE_START_INSTANT) {
      return {
        ok: false,
        errors: [
          {
            path: "arrival",
            code: "outside-coverage",
            message: messages(lang).errors["outside-coverage"](COVERAGE_START),
          },
        ],
      };
    }
  }
  return { ok: true, assessment: assessProfile(parsed.profile, options) };
}
