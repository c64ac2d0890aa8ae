/**
 * What the text of `poe-permit assess` says while part of the answer is open, found by asking the
 * engine again (a surface never holds a rule): for a settled "no" whose route is open, what each
 * open yes/no fact would decide (the actions that lift a blocker on what is known are the
 * interview's `liftingActions`).
 *
 * @example
 * ```ts
 * routeDeciders(profile, assessment, realEngine);
 * // [{ field: "inCanadaWithStatus", yes: "apply-from-inside-canada" }, { field: "arrivingFrom" }, …]
 * ```
 */
import { FIELD_KINDS } from "../batch/columns.js";
import type { Assessment } from "../contract/assessment.js";
import type { RouteAnswer } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";
import type { Engine } from "../engine/port.js";

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
