/**
 * The verdict (`poe`) and the route (contract §2), composed from the blocker rules. The route's
 * priority order is the contract's: letter of introduction, no route, from inside Canada, at the
 * border, online first.
 */
import type { BlockerCode, Poe, Route } from "../contract/codes.js";
import type { Field } from "../contract/profile.js";
import { type Fact, all, any, choose, isTrue, not } from "./logic.js";
import type { View } from "./logic.js";
import type { Rule } from "./rule.js";
import { biometricsNotCollected } from "./rules/biometrics.js";
import { employerRules } from "./rules/employer.js";
import { flagpolingRules } from "./rules/flagpoling.js";
import { medicalRules } from "./rules/medical.js";
import { openPermitRules } from "./rules/open-permits.js";
import { permitTypeRules } from "./rules/permit-types.js";
import { visaAndEtaRules } from "./rules/visa-and-eta.js";

/** A three-valued outcome with the fields it can read. */
export interface Outcome<T> {
  (view: View): T | undefined;
  readonly deps: ReadonlySet<Field>;
}

const isBlocker = (r: Rule) => r.concludes.kind === "blocker";

export const blockerRules: readonly Rule[] = [
  ...visaAndEtaRules,
  ...permitTypeRules,
  ...employerRules,
  ...openPermitRules,
  ...flagpolingRules,
  ...medicalRules,
  biometricsNotCollected,
].filter(isBlocker);

function firing(codes: readonly BlockerCode[]): Fact {
  return any(...blockerRules.filter((r) => codes.includes(r.concludes.code as BlockerCode)).map((r) => r.active));
}

/** Some blocker applies: the traveller may not apply on arrival. */
export const poeBlocked: Fact = any(...blockerRules.map((r) => r.active));
export const poeAllowed: Fact = not(poeBlocked);

/** Blockers after which no route is left on these facts (contract §2, route 2). */
const noRouteLeft = firing(["lmia-not-issued", "employer-offer-incomplete", "open-category-ineligible"]);
const flagpolingBars = firing(["flagpoling"]);
/** Contract §2, route 3: flagpoling, a category only open after entry, or any other "no" while in Canada. */
const fromInsideCanada = any(
  flagpolingBars,
  firing(["open-category-not-on-entry"]),
  all(isTrue("inCanadaWithStatus"), poeBlocked),
);
const holdsLetter = isTrue("letterOfIntroduction");

function outcome<T>(deps: Fact[], fn: (v: View) => T | undefined): Outcome<T> {
  const set = new Set<Field>();
  for (const d of deps) for (const f of d.deps) set.add(f);
  return Object.assign((v: View) => fn(v), { deps: set as ReadonlySet<Field> });
}

export const poeOutcome: Outcome<Exclude<Poe, "unknown">> = outcome([poeBlocked], (v) => {
  const blocked = poeBlocked(v);
  return blocked === undefined ? undefined : blocked ? "no" : "yes";
});

export const routeOutcome: Outcome<Route> = outcome(
  [holdsLetter, flagpolingBars, noRouteLeft, fromInsideCanada, poeAllowed],
  (v) =>
    choose<Route>(
      holdsLetter(v),
      () => choose<Route>(flagpolingBars(v), () => "apply-from-inside-canada", () => "letter-of-introduction"),
      () =>
        choose<Route>(
          noRouteLeft(v),
          () => "none",
          () =>
            choose<Route>(
              fromInsideCanada(v),
              () => "apply-from-inside-canada",
              () => choose<Route>(poeAllowed(v), () => "apply-at-poe", () => "apply-online-first"),
            ),
        ),
    ),
);

/** The traveller will apply to a border officer on arrival. */
export const appliesAtBorder: Fact = all(poeAllowed, not(holdsLetter));
