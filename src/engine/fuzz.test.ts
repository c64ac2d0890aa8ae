import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullProfile } from "../../test/arbitraries.js";
import { parseInput } from "../cli/input.js";
import { assess } from "./assess.js";

const now = new Date("2026-11-28T12:00:00Z");

/** Hostile values: wrong types, huge strings, deep nesting, prototype keys, near-valid profiles. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.integer({ min: 1, max: 2_000 }).map((d) => JSON.parse(`${"[".repeat(d)}${"]".repeat(d)}`)),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"x": 1}}}'),
    JSON.parse('{"citizenships": {"__proto__": ["FR"]}}'),
    { toString: 1, valueOf: "x" },
  ),
  // A valid profile with one field replaced by something random.
  fc
    .tuple(
      fullProfile,
      fc.constantFrom("arrival", "citizenships", "age", "permit", "medicalExamDate", "stayMonths"),
      fc.jsonValue(),
    )
    .map(([p, k, v]) => ({ ...p, [k]: v })),
);

describe("no input crashes the engine", () => {
  it("assess answers every value with an assessment or a structured error (10,000 values)", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const r = assess(value, { now });
        if (r.ok) expect(r.assessment.contract).toBe(1);
        else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(typeof e.message).toBe("string");
        }
      }),
      { numRuns: 10_000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("the CLI's input parser handles any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.array(fc.jsonValue()).map((vs) => vs.map((v) => JSON.stringify(v)).join("\n")),
        ),
        (text) => {
          const parsed = parseInput(text);
          const values =
            parsed.mode === "single"
              ? [parsed.value]
              : parsed.mode === "lines"
                ? parsed.lines.map((l) => l.value)
                : [];
          for (const v of values) expect(() => assess(v, { now })).not.toThrow();
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
