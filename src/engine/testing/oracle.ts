/**
 * The independent oracle the property tests compare the decision diagrams with: a plain
 * depth-first search over the same classes (`branches` fixes a field to each of its classes).
 * Exponential, for tests only.
 */
import type { Field } from "../../contract/profile.js";
import { poeOutcome, routeOutcome } from "../../rulebook/index.js";
import { domain, type Evaluate, Probe, type State } from "../state.js";

/** The states that fix `field` to each of its classes. */
export function branches(state: State, field: Field): State[] {
  if (field === "arrival") return state.instants.map((t) => ({ ...state, instants: [t] }));
  return domain(state, field).map((value) => ({ ...state, profile: { ...state.profile, [field]: value } }));
}

function evaluate<T>(fn: Evaluate<T>, state: State): { value: T | undefined; probe: Probe } {
  const probe = new Probe(state);
  return { value: fn(probe), probe };
}

/**
 * The distinct outcomes of `fn` over every completion of the state (stopping once `limit` are found).
 *
 * @example
 * ```ts
 * possibleOutcomes(poeOutcome, state, 2); // ["no"]: settled; ["yes", "no"]: not yet
 * ```
 */
export function possibleOutcomes<T>(fn: Evaluate<T>, state: State, limit = 2): T[] {
  const found: T[] = [];
  const visit = (s: State): void => {
    if (found.length >= limit) return;
    const { value, probe } = evaluate(fn, s);
    if (value !== undefined) {
      if (!found.includes(value)) found.push(value);
      return;
    }
    const field = probe.needed[0];
    if (field === undefined) throw new Error("an undetermined outcome must name a field it needs");
    for (const next of branches(s, field)) visit(next);
  };
  visit(state);
  return found;
}

/**
 * Whether some completion of the other unknown fields makes `fn` differ between two classes of
 * `field`: the exact test for listing `field` in `missing` or `refine`.
 */
export function dependsOn<T>(fn: Evaluate<T>, state: State, field: Field): boolean {
  const variants = branches(state, field);
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      if (pairDiffers(fn, variants[i]!, variants[j]!)) return true;
    }
  }
  return false;
}

/**
 * Whether `missing` must list `field`: some answer to it changes the verdict or the route (the
 * outcomes' `deps` first, a cheap way to skip the fields an outcome never reads).
 */
export function decidesPoeOrRoute(state: State, field: Field): boolean {
  return (
    (poeOutcome.deps.has(field) && dependsOn(poeOutcome, state, field)) ||
    (routeOutcome.deps.has(field) && dependsOn(routeOutcome, state, field))
  );
}

function pairDiffers<T>(fn: Evaluate<T>, a: State, b: State): boolean {
  const ea = evaluate(fn, a);
  const eb = evaluate(fn, b);
  if (ea.value !== undefined && eb.value !== undefined) return ea.value !== eb.value;
  const field = (ea.value === undefined ? ea.probe : eb.probe).needed[0];
  if (field === undefined) throw new Error("an undetermined outcome must name a field it needs");
  const as = branches(a, field);
  const bs = branches(b, field);
  for (let k = 0; k < as.length; k++) if (pairDiffers(fn, as[k]!, bs[k]!)) return true;
  return false;
}
