import { describe, expect, it } from "vitest";
import { LANGS } from "../contract/assessment.js";
import { planColumns } from "./columns.js";
import { type RowMessages, rowMessages } from "./messages.js";
import { type RawRow, rowInput } from "./screen.js";

describe("the row messages", () => {
  const args: { [K in keyof RowMessages]: Parameters<RowMessages[K]> } = {
    expectedBoolean: ["maybe"],
    expectedInteger: ["old"],
    expectedNumber: ["lots"],
    badDate: ["31/02/2025", "invalid", "dmy", "mdy"],
    cellCount: [3, 5],
    unreadableCsv: ["Quote Not Closed"],
    notJson: ["Unexpected token"],
    idType: [],
    internalFault: ["boom"],
  };
  /** What each text must show of its arguments (default: all of them). */
  const shown: Partial<Record<keyof RowMessages, unknown[]>> = { badDate: ["31/02/2025", "mdy"] };
  it.each(Object.keys(args) as (keyof RowMessages)[])(
    "%s is written in each language, differently",
    (key) => {
      const texts = LANGS.map((lang) =>
        (rowMessages(lang)[key] as (...a: unknown[]) => string)(...args[key]),
      );
      expect(new Set(texts).size).toBe(LANGS.length);
      for (const a of shown[key] ?? args[key]) for (const t of texts) expect(t).toContain(String(a));
    },
  );
});

describe("error rows in the run's language", () => {
  const plan = planColumns(["id", "citizenships", "age", "jobOffer"]);
  const problemsOf = (row: RawRow, lang: "en" | "fr") => rowInput(row, { plan, lang }).problems;

  it.each([
    [
      { line: 2, kind: "csv", cells: ["w1", "FR", "30", "peut-être"] },
      {
        path: "jobOffer",
        message: "jobOffer: true/false, oui/non ou 1/0 attendu, reçu «\u00a0peut-être\u00a0»",
      },
      { path: "jobOffer", message: 'jobOffer: expected true/false, yes/no or 1/0, got "peut-être"' },
    ],
    [
      { line: 3, kind: "csv", cells: ["w2", "FR"] },
      { path: "", message: "la ligne a 2 cellules mais l'en-tête a 4 colonnes" },
      { path: "", message: "the row has 2 cells but the header has 4 columns" },
    ],
    [
      { line: 4, kind: "broken", message: "Quote Not Closed" },
      { path: "", message: "ligne CSV illisible\u00a0: Quote Not Closed" },
      { path: "", message: "unreadable CSV row: Quote Not Closed" },
    ],
    [
      { line: 5, kind: "jsonl", text: '{"id": true}' },
      { path: "id", message: "id\u00a0: chaîne ou nombre attendu" },
      { path: "id", message: "id: expected a string or a number" },
    ],
  ] as [RawRow, object, object][])("%j", (row, french, english) => {
    expect(problemsOf(row, "fr")).toEqual([expect.objectContaining(french)]);
    expect(problemsOf(row, "en")).toEqual([expect.objectContaining(english)]);
  });

  it("a line that is not JSON", () => {
    const row: RawRow = { line: 6, kind: "jsonl", text: "{oops" };
    expect(problemsOf(row, "fr")[0]!.message).toMatch(/^JSON invalide\u00a0: /);
    expect(problemsOf(row, "en")[0]!.message).toMatch(/^not valid JSON: /);
  });
});
