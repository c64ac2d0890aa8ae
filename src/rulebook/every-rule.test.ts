/**
 * Every rule of the rulebook proves itself with its examples (the `*.examples.ts` table beside each
 * topic file): at least one profile where it fires and one where it stays silent, each checked on the
 * rule's condition (three-valued: `true` or `false`, never unknown) and through the engine (the
 * assessment shows the rule's blocker or advisory exactly when it fires).
 */
import { describe, expect, it } from "vitest";
import type { Profile } from "../contract/profile.js";
import { assessProfile } from "../engine/assess.js";
import { stateOf } from "../engine/shape.js";
import { Probe } from "../engine/state.js";
import { parseProfile } from "../engine/validate.js";
import type { ExampleTable, RuleExample } from "./examples.js";
import { rulebook } from "./index.js";

const now = new Date("2026-11-28T12:00:00Z");

/** Rules the contract says apply to everyone (`officer-decides`: "always"): they cannot be silent. */
const ALWAYS_BY_CONTRACT = new Set(["R-POE-19"]);

const tables = import.meta.glob<{ examples: ExampleTable }>("./rules/*.examples.ts", { eager: true });
const table: ExampleTable = Object.assign({}, ...Object.values(tables).map((m) => m.examples));

function profileOf(example: RuleExample): Profile {
  const parsed = parseProfile(example.profile);
  if (!parsed.ok) throw new Error(`invalid example: ${JSON.stringify(parsed.errors)}`);
  return parsed.profile;
}

describe("every rule can fire and can stay silent", () => {
  it.each(rulebook.map((r) => [r.id, r] as const))("%s has both kinds of example", (id) => {
    expect(table[id]?.fires.length ?? 0, `${id}: no example where it fires`).toBeGreaterThan(0);
    if (!ALWAYS_BY_CONTRACT.has(id))
      expect(table[id]?.silent.length ?? 0, `${id}: no example where it stays silent`).toBeGreaterThan(0);
  });

  it("every example table names rules of the rulebook", () => {
    const ids = new Set(rulebook.map((r) => r.id));
    expect(Object.keys(table).filter((id) => !ids.has(id))).toEqual([]);
  });

  const cases = Object.entries(table).flatMap(([id, ex]) => [
    ...ex.fires.map((e) => ({ id, e, want: true })),
    ...ex.silent.map((e) => ({ id, e, want: false })),
  ]);
  it.each(cases)("$id fires=$want: $e.note", ({ id, e, want }) => {
    const rule = rulebook.find((r) => r.id === id)!;
    const profile = profileOf(e);
    const at = e.now === undefined ? now : new Date(e.now);
    const { state } = stateOf(profile, at);
    expect(rule.active(new Probe(state))).toBe(want);
    const a = assessProfile(profile, { now: at });
    if (rule.concludes.kind !== "document") {
      const shown = [...a.blockers, ...a.advisories].filter((x) => x.code === rule.concludes.code);
      if (want) expect(shown.length, "shown in the assessment").toBeGreaterThan(0);
      else expect(shown.map((x) => x.rule)).not.toContain(id);
    }
    if (e.expect?.poe) expect(a.poe).toBe(e.expect.poe);
    if (e.expect?.route) expect(a.route).toBe(e.expect.route);
    if (e.expect?.missing) expect(a.missing).toEqual(e.expect.missing);
  });
});
