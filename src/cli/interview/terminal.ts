/**
 * The interview in a terminal: clack's intro, notes and outro around the interview's own prompts
 * (`terminal-asker.ts`); at the end the result, and an offer to save it, asking again for a path
 * that cannot be written.
 */
import * as clack from "@clack/prompts";
import { realEngine } from "../../engine/engine.js";
import { messages } from "../../interview/messages.js";
import { renderText } from "../../interview/report.js";
import { runInterview } from "../../interview/run.js";
import { startState } from "../../interview/state.js";
import type { InterviewOptions } from "./options.js";
import { resultOf, withChanges } from "./result.js";
import { type SaveKind, trySave } from "./save.js";
import { terminalAsker } from "./terminal-asker.js";
import { askText } from "./text-prompt.js";
import { wrapBlock } from "./wrap.js";

export async function runTerminal(opts: InterviewOptions): Promise<number> {
  const m0 = messages(opts.lang);
  clack.intro(m0.title);
  const intro = wrapBlock([m0.intro], process.stdout.columns ?? 80, "│  ");
  process.stdout.write(`│\n●${intro.join("\n").slice(1)}\n`);
  const asker = terminalAsker(opts.lang, { out: process.stdout });
  const outcome = await runInterview(startState(opts.arrival ? { arrival: opts.arrival } : {}), asker, {
    lang: opts.lang,
    engine: realEngine,
    askArrival: opts.arrival === undefined,
  });
  const lang = outcome.lang;
  const m = messages(lang);
  if (outcome.kind === "cancelled") {
    clack.cancel(m.cancelled);
    return 130;
  }
  const result = resultOf(outcome);
  clack.note(renderText(result, lang), m.resultTitle);
  if (opts.transcript) {
    for (const f of outcome.asked) process.stdout.write(`${JSON.stringify({ ask: f })}\n`);
    process.stdout.write(`${JSON.stringify(withChanges(result.assessment, result.whatWouldChange))}\n`);
  }
  const given: [SaveKind, string | undefined][] = [
    ["answers", opts.saveAnswers],
    ["checklist", opts.saveChecklist],
  ];
  let files = given.filter((g): g is [SaveKind, string] => g[1] !== undefined);
  if (files.length === 0) {
    const wants = await clack.confirm({
      message: m.saveAsk,
      initialValue: false,
      active: m.yes,
      inactive: m.no,
    });
    if (clack.isCancel(wants)) {
      clack.cancel(m.cancelled);
      return 130;
    }
    if (wants)
      files = [
        ["answers", "poe-permit-answers.json"],
        ["checklist", "poe-permit-checklist.md"],
      ];
    else files = [];
    if (wants) {
      const asked: [SaveKind, string][] = [];
      for (const [kind, initial] of files) {
        const path = await askText({
          message: kind === "answers" ? m.saveProfile : m.saveChecklist,
          placeholder: initial,
          initial,
          hints: `${m.keysEnter} • ${m.keysCancel}`,
          check: () => undefined,
        });
        if (typeof path === "symbol") {
          clack.cancel(m.cancelled);
          return 130;
        }
        if (path?.trim()) asked.push([kind, path.trim()]);
      }
      files = asked;
    }
  }
  const written: string[] = [];
  for (const [kind, first] of files) {
    let path: string | undefined = first;
    while (path) {
      const problem = await trySave(path, kind, result, lang);
      if (!problem) {
        written.push(path);
        break;
      }
      clack.log.warn(problem);
      const again = await askText({
        message: `${kind === "answers" ? m.saveProfile : m.saveChecklist} — ${m.writeAgain}`,
        placeholder: "",
        initial: "",
        hints: m.keysCancel,
        check: () => undefined,
      });
      if (typeof again === "symbol") {
        clack.cancel(m.cancelled);
        return 130;
      }
      path = again?.trim() || undefined;
    }
  }
  clack.outro(
    written.length
      ? `${m.saved}${m.colon}${written.join(", ")}`
      : `${outcome.asked.length} ${m.questionsAsked}`,
  );
  return 0;
}
