/**
 * The interview without a terminal: one answer per line from standard input (`?` I don't know,
 * `<` back, `>>` skip the optional rest, `:fr`/`:en` the other language). The next line is read
 * before its question is printed, so when the input ends no further question is printed: the
 * interview stops there (`end`), and what was never asked is not reported as "I don't know".
 */
import { createInterface } from "node:readline";
import type { Lang } from "../../contract/assessment.js";
import { formatAnswer, parseAnswer } from "../../interview/answer-input.js";
import { messages } from "../../interview/messages.js";
import type { AskContext, Asker, AskStep } from "../../interview/run.js";
import { tokenReply } from "./specials.js";
import { whyLines } from "./why-lines.js";

export function lineAsker(lang: Lang, input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Asker {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let current = lang;
  let ended = false;
  const next = async (): Promise<string | undefined> => {
    if (ended) return undefined;
    const r = await lines.next();
    if (r.done) {
      ended = true;
      rl.close();
      return undefined;
    }
    return r.value;
  };
  const printQuestion = (step: AskStep, ctx: AskContext) => {
    const m = messages(current);
    const q = step.question;
    const say = (s: string) => out.write(`${s}\n`);
    say("");
    say(`${q.prompt[current]}${step.optional ? ` (${m.optional})` : ""}`);
    say(`  ${q.help[current]}`);
    for (const l of whyLines(step.why, m)) say(`  ${l}`);
    if (q.kind === "one-of" || q.kind === "several-of")
      for (const [i, c] of q.choices.entries()) say(`  ${i + 1}. ${c.label[current]}`);
    if (q.kind === "yes-no") say(`  ${m.yes} / ${m.no}`);
    if (step.defaultAnswer) say(`  ${step.defaultAnswer.note}`);
    if (ctx.previous && "value" in ctx.previous) say(`  (${formatAnswer(q, ctx.previous.value, current)})`);
    say(`  [${m.typeHint}]`);
  };
  return {
    async ask(step, ctx) {
      const m = messages(current);
      let line = await next();
      if (line === undefined) {
        out.write(`\n${m.endOfInput}\n`);
        return { kind: "end" };
      }
      printQuestion(step, ctx);
      for (;;) {
        const token = tokenReply(line, current);
        if (token) {
          if (token.kind === "language") current = token.lang;
          return token;
        }
        if (line.trim() === "" && step.defaultAnswer)
          return { kind: "answer", value: step.defaultAnswer.value };
        const r = parseAnswer(step.question, line, current);
        const problem = r.ok ? step.check(r.value) : r.error;
        if (r.ok && problem === undefined) return { kind: "answer", value: r.value };
        out.write(`  ! ${problem}\n`);
        line = await next();
        if (line === undefined) {
          out.write(`\n${m.endOfInput}\n`);
          return { kind: "end" };
        }
      }
    },
  };
}
