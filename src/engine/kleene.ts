/**
 * The Kleene pass: plain three-valued evaluation of both decisions and every reported rule over a
 * search state, facts shared between rules evaluated once. Sound: a value it finds holds for every
 * completion of the profile.
 */

import type { Assessment } from "../contract/assessment.js";
import { ROUTES_WITH_DOCUMENTS } from "../contract/codes.js";
import { advisoryRules, blockerRules, documentRules, poeOutcome, routeOutcome } from "../rulebook/index.js";
import { factTotal } from "../rulebook/logic.js";
import type { Rule } from "../rulebook/rule.js";
import { Probe, type State } from "./state.js";

/** What plain three-valued (Kleene) evaluation finds: `undefined` where it cannot tell. */
export interface KleeneValues {
  poe: Exclude<Assessment["poe"], "unknown"> | undefined;
  route: Exclude<Assessment["route"], "unknown"> | undefined;
  /** Each blocker, document and advisory rule's presence, by `RULE_INDEX` (documents: own condition only). */
  rules: (boolean | undefined)[];
  /** Every one of them is known. */
  complete: boolean;
  /**
   * When not `complete`: every fact's value as the pass found it (`View.memo` codes), so the
   * diagrams take a fact found known as that constant instead of compiling it.
   */
  facts?: Uint8Array;
}

/** The rules an assessment reports on, and each one's position in `KleeneValues.rules`. */
export const REPORTED_RULES: readonly Rule[] = [...blockerRules, ...documentRules, ...advisoryRules];
export const RULE_INDEX = new Map(REPORTED_RULES.map((r, i) => [r, i]));

/**
 * The facts' memo of the Kleene pass. One buffer serves every assessment of this thread (the pass
 * is synchronous and never re-entered), cleared at the start of each: less garbage per call.
 */
let memo = new Uint8Array(0);

/**
 * One Kleene pass over both decisions and every rule, facts shared between rules evaluated once.
 * With `blockersOnly`, the documents' and advisories' rules are left out (`undefined`, and not
 * counted in `complete`): for callers that read only the decisions and the blockers (`decide`).
 */
export function kleeneValues(state: State, blockersOnly = false): KleeneValues {
  if (memo.length !== factTotal()) memo = new Uint8Array(factTotal());
  else memo.fill(0);
  const view = new Probe(state, memo);
  const poe = poeOutcome(view);
  const route = routeOutcome(view);
  const withDocuments = route === undefined ? undefined : ROUTES_WITH_DOCUMENTS.has(route);
  const rules: (boolean | undefined)[] = new Array(REPORTED_RULES.length);
  let complete = poe !== undefined && route !== undefined;
  const end = blockersOnly ? blockerRules.length : REPORTED_RULES.length; // blockers come first
  for (let i = 0; i < end; i++) {
    const r = REPORTED_RULES[i]!;
    const v = r.concludes.kind === "document" && withDocuments === false ? false : r.active(view);
    if (v === undefined) complete = false;
    rules[i] = v;
  }
  return complete ? { poe, route, rules, complete } : { poe, route, rules, complete, facts: memo.slice() };
}
