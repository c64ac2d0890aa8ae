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

  /** Two questions joined in one prompt: "…, and did you …", "submitted … and paid …", "leaving … and coming back". */
  const asksTwoThings = (prompt: string): boolean =>
    (prompt.match(/\?/g) ?? []).length !== 1 ||
    /,? and (did|do|are|is|has|have|will|were) you\b/.test(prompt) ||
    /\band (paid|pay|submitted)\b/.test(prompt) ||
    /\b(leaving|leave)\b.*\band\b.*\b(coming back|return)/.test(prompt);

  it("the checker finds a prompt that asks two things", () => {
    expect(asksTwoThings("Are you a driver, and did you hold a permit?")).toBe(true);
    expect(asksTwoThings("Has your employer submitted the offer and paid the fee?")).toBe(true);
    expect(asksTwoThings("Are you in Canada, leaving briefly and coming back?")).toBe(true);
    expect(asksTwoThings("Is your job offer complete in IRCC's Employer Portal?")).toBe(false);
  });

  it.each(FIELDS)("%s asks one thing, with one answer", (f) => {
    expect(asksTwoThings(QUESTIONS[f].prompt.en)).toBe(false);
  });
});
