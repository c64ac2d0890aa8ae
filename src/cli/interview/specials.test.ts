import { describe, expect, it } from "vitest";
import { messages } from "../../interview/messages.js";
import { QUESTIONS } from "../../interview/questions.js";
import type { AskStep } from "../../interview/run.js";
import { BACK, LANGUAGE, SKIP, specialReply, specialRows, tokenReply, UNKNOWN } from "./specials.js";

const step = (optional: boolean) => ({ question: QUESTIONS.jobOffer, optional }) as unknown as AskStep;
const ctx = (canGoBack: boolean) => ({ canGoBack, answered: 0, answers: {} });

describe("the special rows and tokens", () => {
  it("offers I don't know, skip (optional questions), back (when there is one) and the other language", () => {
    expect(specialRows(messages("en"), step(true), ctx(true)).map((r) => r.value)).toEqual([
      UNKNOWN,
      SKIP,
      BACK,
      LANGUAGE,
    ]);
    expect(specialRows(messages("fr"), step(false), ctx(false)).map((r) => r.label)).toEqual([
      "Je ne sais pas",
      "Continue in English",
    ]);
  });

  it("maps rows and typed tokens to replies", () => {
    expect(specialReply(LANGUAGE, "en")).toEqual({ kind: "language", lang: "fr" });
    expect(specialReply(true, "en")).toBeUndefined();
    expect(tokenReply(" ? ", "fr")).toEqual({ kind: "dont-know" });
    expect(tokenReply("<", "en")).toEqual({ kind: "back" });
    expect(tokenReply(":fr", "en")).toEqual({ kind: "language", lang: "fr" });
    expect(tokenReply(":fr", "fr")).toBeUndefined();
    expect(tokenReply("12", "en")).toBeUndefined();
  });
});
