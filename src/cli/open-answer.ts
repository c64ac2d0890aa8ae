/**
 * What the text of `poe-permit assess` says while part of the answer is open, found by asking the
 * engine again (a surface never holds a rule): for a settled "no" whose route is open, what each
 * open yes/no fact would decide; and for "what would change it" on a partial profile, the actions
 * that lift a blocker on what is known, or the facts to answer first.
 *
 * @example
 * ```ts
 * routeDeciders(profile, assessment, realEngine);
 * // [{ field: "inCanadaWithStatus", yes: "apply-from-inside-canada" }, { field: "arrivingFrom" }, …]
 * ```
 */
import { FIELD_KINDS } from "../batch/columns.js";
import type { Assessment, Lang } from "../contract/assessment.js";
import type { RouteAnswer } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";
import type { Engine } from "../engine/port.js";
import { ACTIONS } from "../interview/what-would-change.js";

/** One open fact and the route each answer to it settles (absent: still open that way). */
export interface RouteDecider {
  field: Field;
  yes?: RouteAnswer;
  no?: RouteAnswer;
  /** The route reached with `yes` still has blockers (a Letter of Introduction that cannot be used yet). */
  yesBlocked?: boolean;
  noBlocked?: boolean;
}

/** For a settled `poe` with an open route: each missing fact, with the route a yes or a no settles. */
export function routeDeciders(profile: Profile, a: Assessment, engine: Engine, now?: Date): RouteDecider[] {
  const options = now ? { now } : {};
  return a.missing.map((field) => {
    const d: RouteDecider = { field };
    if (FIELD_KINDS[field] !== "boolean") return d;
    for (const value of [true, false]) {
      const after = engine.decide({ ...profile, [field]: value }, options);
      if (after.route === "unknown") continue;
      if (value) {
        d.yes = after.route;
        d.yesBlocked = after.blockerRules.length > 0;
      } else {
        d.no = after.route;
        d.noBlocked = after.blockerRules.length > 0;
      }
    }
    return d;
  });
}

/** An action that lifts at least one of the assessment's blockers on what is known. */
export interface LiftingAction {
  field: Field;
  action: string;
  /** The reasons (blockers' `because`) it lifts. */
  lifts: string[];
}

/**
 * The actions (the interview's list of things a traveller can do before travelling) that lift a
 * blocker whatever the open facts turn out to be, for when no set of them settles a "yes" yet.
 */
export function liftingActions(
  profile: Profile,
  a: Assessment,
  engine: Engine,
  lang: Lang,
  now?: Date,
): LiftingAction[] {
  if (a.blockers.length === 0) return [];
  const options = now ? { now } : {};
  const base = {
    poe: a.poe,
    route: a.route,
    missing: a.missing,
    blockerRules: a.blockers.map((b) => b.rule),
  };
  const out: LiftingAction[] = [];
  for (const action of ACTIONS) {
    if (action.possible && !action.possible(base)) continue;
    const value = action.value(profile);
    if (profile[action.field] === value) continue;
    const still = new Set(engine.decide({ ...profile, [action.field]: value }, options).blockerRules);
    const lifts = [...new Set(a.blockers.filter((b) => !still.has(b.rule)).map((b) => b.because))];
    if (lifts.length > 0) out.push({ field: action.field, action: action.text[lang], lifts });
  }
  return out;
}
