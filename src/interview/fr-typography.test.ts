import { describe, expect, it } from "vitest";
import { POE_VALUES, ROUTES } from "../contract/codes.js";
import { MESSAGES } from "./messages.js";
import { QUESTIONS } from "./questions.js";
import { poeWords, routeWords } from "./report.js";
import { ACTIONS } from "./what-would-change.js";

const NBSP = "\u00a0";

/** A `: ; ? !` after a plain space (or none), or `« »` without a no-break space inside. */
function problems(text: string): string[] {
  const bare = text.replace(/https?:\/\/\S+/g, "URL").replace(/\d{1,2}:\d{2}/g, "HH:MM");
  const out: string[] = [];
  for (const m of bare.matchAll(/(.)([:;?!])(?=\s|$|»|")/g))
    if (m[1] !== NBSP) out.push(`${m[0]} in: ${text}`);
  for (const m of bare.matchAll(/«(.)|(.)»/g)) if ((m[1] ?? m[2]) !== NBSP) out.push(`${m[0]} in: ${text}`);
  return out;
}

describe("the interview's French follows French typography", () => {
  it("the checker finds a missing no-break space", () => {
    expect(problems("Pourquoi : visa ?")).toHaveLength(2);
    expect(problems("« oui »")).toHaveLength(2);
    expect(problems(`Pourquoi${NBSP}: «${NBSP}oui${NBSP}»${NBSP}? voir https://x.test/a:b`)).toEqual([]);
  });

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
