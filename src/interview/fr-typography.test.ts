import { describe, expect, it } from "vitest";
import { POE_VALUES, ROUTES } from "../contract/codes.js";
import { frenchTypographyProblems as problems } from "../i18n/testing/fr-typography.js";
import { MESSAGES } from "./messages.js";
import { QUESTIONS } from "./questions.js";
import { poeWords, routeWords } from "./report.js";
import { ACTIONS } from "./what-would-change.js";

describe("the interview's French follows French typography", () => {
  it("in its messages, questions, answers' labels, result words and actions", () => {
    const texts: string[] = [...Object.values(MESSAGES.fr)];
    for (const q of Object.values(QUESTIONS)) {
      texts.push(q.prompt.fr, q.help.fr);
      if ("choices" in q) texts.push(...q.choices.map((c) => c.label.fr));
      if ("noneLabel" in q && q.noneLabel) texts.push(q.noneLabel.fr);
    }
    texts.push(
      ...POE_VALUES.map((p) => poeWords(p, "fr")),
      ...[...ROUTES, "unknown" as const].map((r) => routeWords(r, "fr")),
    );
    texts.push(...ACTIONS.map((a) => a.text.fr));
    // The colon and quotes are pieces of sentences: check them in one.
    const m = MESSAGES.fr;
    texts.push(`${m.whyWeAsk}${m.colon}${m.decides} ${m.openQuote}x${m.closeQuote}`);
    expect(texts.flatMap(problems)).toEqual([]);
  });
});
