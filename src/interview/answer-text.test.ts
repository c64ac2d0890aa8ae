import { describe, expect, it } from "vitest";
import { type AnswerStyle, answerInWords } from "./answer-text.js";
import { QUESTIONS } from "./questions.js";

const words = { yes: "Oui", no: "Non", dontKnow: "Je ne sais pas", none: "Aucun" };
const terminal: AnswerStyle = { words, countryCodes: true, date: (iso) => iso };
const page: AnswerStyle = { words, countryCodes: false, date: (iso) => `le ${iso}` };

describe("answerInWords", () => {
  it.each([
    ["unknown", QUESTIONS.jobUnpaid, undefined, "Je ne sais pas", "Je ne sais pas"],
    ["yes", QUESTIONS.jobUnpaid, true, "Oui", "Oui"],
    ["no", QUESTIONS.jobUnpaid, false, "Non", "Non"],
    [
      "a choice",
      QUESTIONS.permit,
      "lmia",
      "Lié à un employeur, avec une EIMT",
      "Lié à un employeur, avec une EIMT",
    ],
    ["a value no choice has", QUESTIONS.permit, "zzz", "zzz", "zzz"],
    ["countries", QUESTIONS.citizenships, ["DE", "JP"], "Allemagne (DE), Japon (JP)", "Allemagne, Japon"],
    ["no country", QUESTIONS.citizenships, [], "Aucun", "Aucun"],
    ["a date", QUESTIONS.medicalExamDate, "2026-01-05", "2026-01-05", "le 2026-01-05"],
  ] as const)("%s: the terminal's and the page's words", (_, q, value, onTerminal, onPage) => {
    expect(answerInWords(q, value, "fr", terminal)).toBe(onTerminal);
    expect(answerInWords(q, value, "fr", page)).toBe(onPage);
  });

  it("keeps a number with its unit (no-break space)", () => {
    const q = Object.values(QUESTIONS).find((x) => x.kind === "number");
    if (q?.kind !== "number") throw new Error("no number question");
    expect(answerInWords(q, 3, "fr", page)).toBe(`3\u00a0${q.unit.fr}`);
  });

  it("a list answered with none of its choices reads as the question's own 'none'", () => {
    const q = Object.values(QUESTIONS).find((x) => x.kind === "several-of");
    if (q?.kind !== "several-of") throw new Error("no several-of question");
    expect(answerInWords(q, [], "en", page)).toBe(q.noneLabel.en);
  });
});
