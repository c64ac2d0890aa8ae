/**
 * The verdict (`poe`) and the route (docs/contract.md §2), composed from the blocker rules. The
 * route's priority order is the contract's: letter of introduction, no route, from inside Canada, at
 * the border, online first; a Canadian citizen comes before all of them (no permit is issued to a
 * citizen, so not even a Letter of Introduction opens a route: ADR 0020).
 */
import type { BlockerCode, Poe, Route } from "../contract/codes.js";
import type { Field } from "../contract/profile.js";
import { forForeignNationals } from "./foreign-nationals.js";
import type { View } from "./logic.js";
import { all, any, choose, type Fact, isTrue, not } from "./logic.js";
import type { Rule } from "./rule.js";
import { biometricsBlockerRules } from "./rules/biometrics.js";
import { employerRules } from "./rules/employer.js";
import { flagpolingRules } from "./rules/flagpoling.js";
import { medicalRules } from "./rules/medical.js";
import { openPermitRules } from "./rules/open-permits.js";
import { permitTypeRules } from "./rules/permit-types.js";
import { canadianCitizen, canadianCitizenship, visaAndEtaRules } from "./rules/visa-and-eta.js";

/** A three-valued outcome with the fields it can read. */
export interface Outcome<T> {
  (view: View): T | undefined;
  readonly deps: ReadonlySet<Field>;
}

const isBlocker = (r: Rule) => r.concludes.kind === "blocker";

/** The `canadian-citizen` blocker first; every other blocker is about foreign nationals only. */
export const blockerRules: readonly Rule[] = [
  canadianCitizen,
  ...[
    ...visaAndEtaRules,
    ...permitTypeRules,
    ...employerRules,
    ...openPermitRules,
    ...flagpolingRules,
    ...medicalRules,
    ...biometricsBlockerRules,
  ]
    .filter((r) => isBlocker(r) && r !== canadianCitizen)
    .map(forForeignNationals),
];

function firing(codes: readonly BlockerCode[]): Fact {
  return any(
    ...blockerRules.filter((r) => codes.includes(r.concludes.code as BlockerCode)).map((r) => r.active),
  );
}

/** Some blocker applies: the traveller may not apply on arrival. */
export const poeBlocked: Fact = any(...blockerRules.map((r) => r.active));
export const poeAllowed: Fact = not(poeBlocked);

/** Blockers after which no route is left on these facts (docs/contract.md §2, route 2). */
const noRouteLeft = firing([
  "lmia-not-issued",
  "employer-offer-incomplete",
  "open-category-ineligible",
  "caq-missing",
  "canadian-citizen",
]);
const flagpolingBars = firing(["flagpoling"]);
/** docs/contract.md §2, route 3: flagpoling, a category only open after entry, or any other "no" while in Canada. */
const fromInsideCanada = any(
  flagpolingBars,
  firing(["open-category-not-on-entry"]),
  all(isTrue("inCanadaWithStatus"), poeBlocked),
);
const holdsLetter = isTrue("letterOfIntroduction");

/** A decision list as data: a three-valued condition choosing between two sub-decisions. */
export type Decision<T> = { value: T } | { if: Fact; then: Decision<T>; else: Decision<T> };

const leaf = <T>(value: T): Decision<T> => ({ value });
const branch = <T>(cond: Fact, then: Decision<T>, otherwise: Decision<T>): Decision<T> => ({
  if: cond,
  then,
  else: otherwise,
});

/** docs/contract.md §2: the verdict. */
export const poeDecision: Decision<Exclude<Poe, "unknown">> = branch(poeBlocked, leaf("no"), leaf("yes"));

/** docs/contract.md §2: the first route that applies, in the contract's order (a citizen first). */
export const routeDecision: Decision<Route> = branch(
  canadianCitizenship,
  leaf("none"),
  branch(
    holdsLetter,
    branch(flagpolingBars, leaf("apply-from-inside-canada"), leaf("letter-of-introduction")),
    branch(
      noRouteLeft,
      leaf("none"),
      branch(
        fromInsideCanada,
        leaf("apply-from-inside-canada"),
        branch(poeAllowed, leaf("apply-at-poe"), leaf("apply-online-first")),
      ),
    ),
  ),
);

function depsOf<T>(d: Decision<T>, into = new Set<Field>()): Set<Field> {
  if ("value" in d) return into;
  for (const f of d.if.deps) into.add(f);
  depsOf(d.then, into);
  depsOf(d.else, into);
  return into;
}

/** Three-valued evaluation of a decision (known only when every possible branch agrees). */
export function outcomeOf<T>(d: Decision<T>): Outcome<T> {
  const run = (node: Decision<T>, v: View): T | undefined =>
    "value" in node
      ? node.value
      : choose<T>(
          node.if(v),
          () => run(node.then, v),
          () => run(node.else, v),
        );
  return Object.assign((v: View) => run(d, v), { deps: depsOf(d) as ReadonlySet<Field> });
}

export const poeOutcome = outcomeOf(poeDecision);
export const routeOutcome = outcomeOf(routeDecision);

/** The traveller will apply to a border officer on arrival. */
export const appliesAtBorder: Fact = all(poeAllowed, not(holdsLetter));
