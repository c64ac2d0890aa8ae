/**
 * Every rule proves itself with the examples written beside it (`<topic>.examples.ts`, the way
 * publicodes keeps `exemples` next to a rule): at least one profile where its condition is
 * definitely true and one where it is definitely false, run through the rule itself and through
 * the whole engine. Mutation testing (`npm run mutate`) relies on these tests to kill mutants of the
 * rule files, so an example belongs at the edge of the condition it illustrates.
 */
import { describe, expect, it } from "vitest";
import { assessProfile, stateOf } from "../../engine/assess.js";
import { Probe } from "../../engine/search.js";
import { parseProfile } from "../../engine/validate.js";
import type { ExampleTable, RuleExample } from "../examples.js";
import { rulebook } from "../index.js";
import type { Rule } from "../rule.js";

/** Every topic's table, found by file name so that a new topic file is picked up without an edit. */
const tables = import.meta.glob<{ examples: ExampleTable }>("./*.examples.ts", { eager: true });

const byId = new Map<string, { topicFile: string; examples: ExampleTable[string] }>();
const duplicated: string[] = [];
for (const [file, mod] of Object.entries(tables)) {
  for (const [id, examples] of Object.entries(mod.examples)) {
    if (byId.has(id)) duplicated.push(id);
    byId.set(id, { topicFile: file, examples });
  }
}

/** A fixed "now", so that an example without an arrival does not change meaning over time. */
const now = new Date("2026-11-28T12:00:00Z");

function evaluate(rule: Rule, example: RuleExample) {
  const parsed = parseProfile(example.profile);
  if (!parsed.ok) throw new Error(`invalid example for ${rule.id}: ${JSON.stringify(parsed.errors)}`);
  const { state } = stateOf(parsed.profile, now);
  return { value: rule.active(new Probe(state)), profile: parsed.profile };
}

describe("rule examples: completeness", () => {
  it("every rule has an example where it fires and one where it stays silent", () => {
    const lacking = rulebook
      .filter((r) => !(byId.get(r.id)?.examples.fires.length && byId.get(r.id)?.examples.silent.length))
      .map((r) => r.id);
    expect(lacking).toEqual([]);
  });

  it("every example names a rule of the rulebook, once", () => {
    const ids = new Set(rulebook.map((r) => r.id));
    expect([...byId.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect(duplicated).toEqual([]);
  });

  it("each rule's examples sit in the examples file of the rule's own topic", () => {
    const misplaced = rulebook
      .filter((r) => byId.has(r.id) && byId.get(r.id)?.topicFile !== `./${r.topic}.examples.ts`)
      .map((r) => `${r.id} in ${byId.get(r.id)?.topicFile}`);
    expect(misplaced).toEqual([]);
  });
});

const cases = rulebook.flatMap((rule) => {
  const entry = byId.get(rule.id);
  if (!entry) return [];
  return [
    ...entry.examples.fires.map((example, n) => ({ rule, example, fires: true, n })),
    ...entry.examples.silent.map((example, n) => ({ rule, example, fires: false, n })),
  ];
});

describe("rule examples: each rule on its own examples", () => {
  it.each(cases)("$rule.id fires=$fires #$n $example.note", ({ rule, example, fires }) => {
    const { value, profile } = evaluate(rule, example);
    // Definitely true or definitely false: an unknown would not prove the condition either way.
    expect(value).toBe(fires);

    const a = assessProfile(profile, { now });
    const shown =
      rule.concludes.kind === "document"
        ? a.documents.filter((d) => d.code === rule.concludes.code)
        : [...a.blockers, ...a.advisories].filter((x) => x.code === rule.concludes.code);
    if (fires) expect(shown.length, `${rule.concludes.code} shown`).toBeGreaterThan(0);
    else if (rule.concludes.kind !== "document") {
      expect(shown.map((x) => ("rule" in x ? x.rule : undefined))).not.toContain(rule.id);
    }
    if (example.expect?.poe) expect(a.poe).toBe(example.expect.poe);
    if (example.expect?.route) expect(a.route).toBe(example.expect.route);
    if (example.expect?.missing) expect(a.missing).toEqual(example.expect.missing);
  });
});
