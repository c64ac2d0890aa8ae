/**
 * The actions a traveller can take before travelling (the interview's list, `ACTIONS`) that lift at
 * least one blocker on what is known, whatever the open answers turn out to be. For when
 * `whatWouldChange` finds no complete way to a "yes" yet, so that no surface says "nothing would
 * change this" while an action would help. Shared by the web page and the CLI's text.
 *
 * @example
 * ```ts
 * const profile = { citizenships: ["FR"], permit: "lmia-exempt", jobOffer: true, complianceFeePaid: false };
 * liftingActions(profile, realEngine.assessValid(profile), realEngine, "en");
 * // [{ field: "complianceFeePaid", action: "Ask the employer to pay the compliance fee…", lifted: [{ code: "employer-offer-incomplete", … }] }]
 * ```
 */
import type { Assessment, Blocker, Lang } from "../contract/assessment.js";
import type { Field, Profile } from "../contract/profile.js";
import type { Engine } from "../engine/port.js";
import { ACTIONS } from "./what-would-change.js";

/** An action that lifts at least one of the assessment's blockers on what is known. */
export interface LiftingAction {
  field: Field;
  /** The action, in the interview's words. */
  action: string;
  /** The assessment's blockers it lifts (each once). */
  lifted: Blocker[];
}

export function liftingActions(
  profile: Profile,
  base: Assessment,
  engine: Engine,
  lang: Lang,
  now?: Date,
): LiftingAction[] {
  if (base.blockers.length === 0) return [];
  const options = now ? { now } : {};
  const decided = {
    poe: base.poe,
    route: base.route,
    missing: base.missing,
    blockerRules: base.blockers.map((b) => b.rule),
  };
  const out: LiftingAction[] = [];
  for (const action of ACTIONS) {
    if (action.possible && !action.possible(decided)) continue;
    const value = action.value(profile);
    if (profile[action.field] === value) continue;
    const still = new Set(engine.decide({ ...profile, [action.field]: value }, options).blockerRules);
    const lifted = base.blockers.filter((b) => !still.has(b.rule));
    if (lifted.length > 0) out.push({ field: action.field, action: action.text[lang], lifted });
  }
  return out;
}
