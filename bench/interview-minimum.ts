/**
 * The smallest set of a profile's fields with which the engine settles both `poe` and `route`, found
 * by exact search (the yardstick for the interview benchmark).
 *
 * Why the search is complete: the engine's `missing` is exact, so if a set S leaves the answer open,
 * every settling superset of S contains some field of `missing(S)`. The search therefore branches on
 * those fields only, each branch excluding the earlier ones (so each set is visited once), with
 * iterative deepening on the size. A branch is cut when even every field it has not excluded cannot
 * settle the answer. `arrival` is given, as in the interview (it is the trip's date, not a question).
 */
import type { Field, Profile } from "../src/contract/profile.js";
import type { Engine } from "../src/engine/port.js";

export interface MinimumResult {
  size: number;
  fields: Field[];
  assessCalls: number;
}

export function minimumSettlingSet(profile: Profile, engine: Engine, maxSize = 12): MinimumResult {
  const given: Profile = profile.arrival ? { arrival: profile.arrival } : {};
  const available = (Object.keys(profile) as Field[]).filter(
    (f) => f !== "arrival" && profile[f] !== undefined,
  );
  let calls = 0;
  const cache = new Map<string, { settled: boolean; missing: Field[] }>();
  const check = (fields: readonly Field[]) => {
    const key = [...fields].sort().join(",");
    const hit = cache.get(key);
    if (hit) return hit;
    const p: Profile = { ...given };
    for (const f of fields) (p as Record<string, unknown>)[f] = profile[f];
    calls++;
    const r = engine.assess(p);
    if (!r.ok) throw new Error(`bench: the engine refused a sub-profile: ${JSON.stringify(r.errors)}`);
    const out = {
      settled: r.assessment.poe !== "unknown" && r.assessment.route !== "unknown",
      missing: r.assessment.missing,
    };
    cache.set(key, out);
    return out;
  };
  if (!check(available).settled) throw new Error("bench: the full profile does not settle poe and route");

  const search = (chosen: Field[], excluded: Set<Field>, budget: number): Field[] | undefined => {
    const here = check(chosen);
    if (here.settled) return chosen;
    if (budget === 0) return undefined;
    // Cut: even with every field not excluded, the answer stays open.
    if (!check(available.filter((f) => !excluded.has(f))).settled) return undefined;
    const branch = here.missing.filter(
      (f) => available.includes(f) && !excluded.has(f) && !chosen.includes(f),
    );
    const nowExcluded = new Set(excluded);
    for (const f of branch) {
      const found = search([...chosen, f], nowExcluded, budget - 1);
      if (found) return found;
      nowExcluded.add(f);
    }
    return undefined;
  };

  for (let size = 0; size <= maxSize; size++) {
    const found = search([], new Set(), size);
    if (found) return { size: found.length, fields: found, assessCalls: calls };
  }
  throw new Error(`bench: no settling set of ${maxSize} fields or fewer`);
}
