import { describe, expect, it } from "vitest";
import { scenarios } from "../../test/scenarios.js";
import { realEngine } from "../engine/engine.js";
import { assess } from "../engine/index.js";
import { assessReply, inProcessAssessor } from "./assess-reply.js";

const engine = realEngine;
const NOW = new Date("2026-03-02T15:00:00Z");

describe("assessReply: the work of POST /api/v1/assess", () => {
  it.each([
    ["{oops", "not JSON"],
    ["", "empty"],
    ['{"citizenships":["FR"]', "cut short"],
  ])("%j (%s) is not-json, with the parser's message", (text) => {
    const reply = assessReply(text, "en", NOW, engine);
    expect(reply.kind).toBe("not-json");
    if (reply.kind === "not-json") expect(reply.why).toMatch(/JSON|Unexpected|Expected/);
  });

  it("a profile that breaks the contract is 400 with the engine's errors, in the request's language", () => {
    const input = { citizenships: ["ZQ"], age: -3, nationality: "FR" };
    for (const lang of ["en", "fr"] as const) {
      const reply = assessReply(JSON.stringify(input), lang, NOW, engine);
      const expected = assess(input, { lang, now: NOW });
      expect(expected.ok).toBe(false);
      expect(reply).toEqual({
        kind: "answer",
        status: 400,
        body: JSON.stringify({ errors: expected.ok ? [] : expected.errors }),
      });
    }
  });

  it.each(scenarios.filter((s) => !s.expect.error))(
    "$file: 200 with the engine's assessment, plus whatWouldChange exactly when poe is no",
    ({ profile, lang }) => {
      const reply = assessReply(JSON.stringify(profile), lang ?? "en", NOW, engine);
      const expected = assess(profile, { lang: lang ?? "en", now: NOW });
      if (!expected.ok || reply.kind !== "answer") throw new Error("expected an assessment");
      expect(reply.status).toBe(200);
      const { whatWouldChange, ...rest } = JSON.parse(reply.body) as Record<string, unknown>;
      expect(rest).toEqual(JSON.parse(JSON.stringify(expected.assessment)));
      expect(whatWouldChange !== undefined).toBe(expected.assessment.poe === "no");
      if (expected.assessment.poe === "no") expect(Array.isArray(whatWouldChange)).toBe(true);
    },
  );

  it("inProcessAssessor gives the same reply, as a promise", async () => {
    const text = JSON.stringify(scenarios[2]!.profile);
    expect(await inProcessAssessor(engine)(text, "fr", NOW)).toEqual(assessReply(text, "fr", NOW, engine));
  });
});
