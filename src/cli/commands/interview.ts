/**
 * `poe-permit interview`: the guided interview in the terminal. One question at a time (only those
 * that can still change the answer), a visible "why we ask", back, "I don't know", the other
 * language, Ctrl-C to leave, and at the end the full assessment with what would change a "no", and
 * an offer to save the answers (profile JSON) and a Markdown checklist.
 *
 * Three ways to run it, one interview loop (src/interview/run.ts), each in its file under
 * src/cli/interview/:
 * - a terminal (`terminal.ts`, its prompts in `terminal-asker.ts`);
 * - not a terminal (`lines.ts`): one answer per line (`?` = I don't know, `<` = back);
 * - `--answers FILE` (`from-answers.ts`): answers from a saved profile, no prompts; with
 *   `--transcript`, one JSON line per question asked (`{"ask":"<field>"}`) then the final assessment.
 */
import type { Command } from "commander";
import type { Lang } from "../../contract/assessment.js";
import { assess } from "../../engine/index.js";
import { messages } from "../../interview/messages.js";
import { runFromAnswers } from "../interview/from-answers.js";
import { runLines } from "../interview/lines.js";
import type { InterviewOptions } from "../interview/options.js";
import { runTerminal } from "../interview/terminal.js";
import { langOption } from "./assess.js";

export { whyLines } from "../interview/why-lines.js";

/** The engine's objection to an arrival date (format, or outside the rulebook's coverage), if any. */
function arrivalProblem(arrival: string, lang: Lang): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(arrival)) return messages(lang).invalidDate;
  const r = assess({ arrival }, { lang });
  return r.ok ? undefined : r.errors.map((e) => e.message).join(" ");
}

export function register(program: Command): void {
  program
    .command("interview")
    .description("Guided interview: one question at a time, only those that can still change the answer")
    .addOption(langOption())
    .option(
      "--answers <file>",
      "answer from a saved profile (JSON) instead of asking; - reads standard input",
    )
    .option(
      "--transcript",
      'print {"ask":"<field>"} per question asked, then the final assessment (JSON lines)',
    )
    .option(
      "--arrival <date>",
      "arrival date, YYYY-MM-DD (default: asked first; an empty answer is today in Eastern Time)",
    )
    .option("--save-answers <file>", "save the answers (profile JSON) to this file at the end")
    .option("--save-checklist <file>", "save the result (Markdown checklist) to this file at the end")
    .addHelpText(
      "after",
      `
In a terminal: arrow keys and Enter (y / n answer a yes-no question); every question offers
"I don't know", "← Back" and the other language; type to search countries; Ctrl-C leaves
(nothing is saved). Not in a terminal: one answer per line (? = I don't know, < = back,
:fr / :en = the other language); the first line is the arrival date unless --arrival is given
(empty: today in Eastern Time); when the input ends, the interview stops there and assesses the
answers given.

Examples:
  poe-permit interview --lang fr
  poe-permit interview --answers profile.json --transcript
  poe-permit interview --answers profile.json --save-checklist checklist.md

Exit status: 0 done; 2 bad --answers file, or a --save-* file that cannot be written; 130 stopped
with Ctrl-C.`,
    )
    .action(async (opts: InterviewOptions) => {
      const problem = opts.arrival === undefined ? undefined : arrivalProblem(opts.arrival, opts.lang);
      if (problem) {
        process.stderr.write(`--arrival ${opts.arrival}: ${problem}\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.answers !== undefined)
        process.exitCode = await runFromAnswers({ ...opts, answers: opts.answers });
      else if (process.stdin.isTTY && process.stdout.isTTY) process.exitCode = await runTerminal(opts);
      else process.exitCode = await runLines(opts);
    });
}
