/**
 * The end of an interview without a terminal (piped answers, `--answers FILE`): the result as text
 * (or the transcript's last JSON line), then the files asked for. A file that cannot be written is
 * said in one sentence and the command ends with status 2.
 */
import { messages } from "../../interview/messages.js";
import { renderText } from "../../interview/report.js";
import type { Outcome } from "../../interview/run.js";
import type { InterviewOptions } from "./options.js";
import { resultOf, withChanges } from "./result.js";
import { type SaveKind, trySave } from "./save.js";

export async function finish(
  outcome: Extract<Outcome, { kind: "done" }>,
  opts: InterviewOptions,
): Promise<number> {
  const lang = outcome.lang;
  const m = messages(lang);
  const result = resultOf(outcome);
  if (opts.transcript)
    process.stdout.write(`${JSON.stringify(withChanges(result.assessment, result.whatWouldChange))}\n`);
  else process.stdout.write(`\n${m.resultTitle}\n\n${renderText(result, lang)}\n`);
  const written: string[] = [];
  let status = 0;
  const files: [SaveKind, string | undefined][] = [
    ["answers", opts.saveAnswers],
    ["checklist", opts.saveChecklist],
  ];
  for (const [kind, path] of files) {
    if (!path) continue;
    const problem = await trySave(path, kind, result, lang);
    if (problem) {
      process.stderr.write(`${problem}\n`);
      status = 2;
    } else written.push(path);
  }
  if (written.length)
    (opts.transcript ? process.stderr : process.stdout).write(`${m.saved}${m.colon}${written.join(", ")}\n`);
  return status;
}
