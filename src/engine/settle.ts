/**
 * Settlement: what the rules settle for a profile. The Kleene pass first; decision diagrams only
 * for what it leaves unknown.
 */
import type { Assessment } from "../contract/assessment.js";
import { ROUTES_WITH_DOCUMENTS } from "../contract/codes.js";
import type { Field } from "../contract/profile.js";
import {
  advisoryRules,
  type Decision,
  documentRules,
  poeDecision,
  routeDecision,
} from "../rulebook/index.js";
import type { Rule } from "../rulebook/rule.js";
import { type KleeneValues, kleeneValues, RULE_INDEX } from "./kleene.js";
import { Diagrams } from "./mdd.js";
import { ORDER, rank } from "./shape.js";
import type { State } from "./state.js";

/** What the rules settle for a profile: the verdict, the route, which rules certainly apply, and what is still open. */
export interface Settlement {
  poe: Assessment["poe"];
  route: Assessment["route"];
  /** The rule certainly applies (a document rule: and the route comes with documents). */
  certain: (rule: Rule) => boolean;
  missing: Field[];
  refine: Field[];
}

/**
 * Settles a profile. Kleene evaluation is sound (a value it finds holds for every completion) and
 * the reduced diagram of a constant function is that constant, so every decision or rule it
 * finds known is used as is; diagrams are built only for what it leaves unknown, where only they
 * can tell whether the answer is settled (ADR 0008). With nothing unknown, no diagram at all.
 */
export function settle(state: State, withRefine = true): Settlement {
  // Without `refine`, only the decisions and the blockers are needed up front (`decide`).
  const k = kleeneValues(state, !withRefine);
  if (k.complete) {
    let exact: Settlement | undefined;
    return {
      poe: k.poe!,
      route: k.route!,
      certain: (r) => {
        const value = k.rules[RULE_INDEX.get(r)!];
        if (value !== undefined) return value;
        // A document or advisory the blockers-only pass left out: asked for anyway, found exactly.
        exact ??= settleByDiagrams(state, k, false);
        return exact.certain(r);
      },
      missing: [],
      refine: [],
    };
  }
  return settleByDiagrams(state, k, withRefine);
}

/**
 * The exact path: decision diagrams over the unknown fields (ADR 0001). With `known`, values
 * Kleene evaluation already found stand in for their diagrams; without, everything is compiled
 * (the reference the property tests compare `settle` with). Without `withRefine`, `refine` is left
 * empty and a document's or advisory's diagram is built only if `certain` asks for it.
 */
export function settleByDiagrams(state: State, known?: KleeneValues, withRefine = true): Settlement {
  const dd = new Diagrams(state, ORDER, known?.facts);
  const poeNode = known?.poe !== undefined ? dd.terminal(known.poe) : dd.decision(poeDecision);
  const routeNode = known?.route !== undefined ? dd.terminal(known.route) : dd.decision(routeDecision);
  const routeWithDocuments =
    known?.route !== undefined
      ? dd.terminal(ROUTES_WITH_DOCUMENTS.has(known.route))
      : dd.decision(ROUTE_HAS_DOCUMENTS);
  const presence = (r: Rule) => {
    const value = known?.rules[RULE_INDEX.get(r)!];
    const own = value !== undefined ? dd.terminal(value) : dd.fact(r.active);
    return r.concludes.kind === "document" ? dd.ite(routeWithDocuments, own, dd.terminal(false)) : own;
  };
  const decisive = dd.support(routeNode, dd.support(poeNode));
  const refining = new Set<Field>();
  const visited = new Set<number>(); // nodes already walked: their fields are in `refining`
  if (withRefine) {
    for (const r of documentRules) dd.support(presence(r), refining, visited);
    for (const r of advisoryRules) dd.support(presence(r), refining, visited);
  }
  return {
    poe: dd.settledValue(poeNode) ?? "unknown",
    route: dd.settledValue(routeNode) ?? "unknown",
    certain: (r) => dd.settledValue(presence(r)) === true,
    missing: [...decisive].sort((a, b) => rank(a) - rank(b)),
    refine: dd.fields.filter((f) => refining.has(f) && !decisive.has(f)),
  };
}

/** Whether the route is one that comes with a list of documents to bring. */
const ROUTE_HAS_DOCUMENTS = mapDecision(routeDecision, (r) => ROUTES_WITH_DOCUMENTS.has(r));

function mapDecision<T, U>(d: Decision<T>, fn: (value: T) => U): Decision<U> {
  return "value" in d
    ? { value: fn(d.value) }
    : // biome-ignore lint/suspicious/noThenProperty: a decision node's branches are named if/then/else
      { if: d.if, then: mapDecision(d.then, fn), else: mapDecision(d.else, fn) };
}
