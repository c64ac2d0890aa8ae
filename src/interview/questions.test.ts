import { describe, expect, it } from "vitest";
import { FIELDS } from "../contract/profile.js";
import { ASK_ORDER, QUESTIONS } from "./questions.js";
import { sampleAnswers } from "./samples.js";

describe("questions", () => {
  it("has one question per profile field, keyed by its own field", () => {
    for (const f of FIELDS) expect(QUESTIONS[f].field).toBe(f);
    expect(Object.keys(QUESTIONS).sort()).toEqual([...FIELDS].sort());
  });

  it("declares an order that lists every field exactly once", () => {
    expect([...ASK_ORDER].sort()).toEqual([...FIELDS].sort());
    expect(new Set(ASK_ORDER).size).toBe(ASK_ORDER.length);
  });

  it.each(FIELDS)("%s has non-empty, different EN and FR wording", (f) => {
    const q = QUESTIONS[f];
    for (const text of [q.prompt, q.help]) {
      expect(text.en.trim()).not.toBe("");
      expect(text.fr.trim()).not.toBe("");
    }
    expect(q.prompt.fr).not.toBe(q.prompt.en);
  });

  it.each(FIELDS)("%s has representative answers to look ahead with", (f) => {
    expect(sampleAnswers(f, "2025-09-15").length).toBeGreaterThan(0);
  });

  it("labels every choice in both languages", () => {
    for (const q of Object.values(QUESTIONS)) {
      if (q.kind !== "one-of" && q.kind !== "several-of") continue;
      for (const c of q.choices) {
        expect(c.label.en).not.toBe("");
        expect(c.label.fr).not.toBe("");
      }
    }
  });
});
