/** The interview without a terminal: one answer per line (`line-asker.ts`), then the result. */
import { realEngine } from "../../engine/engine.js";
import { messages } from "../../interview/messages.js";
import { runInterview } from "../../interview/run.js";
import { startState } from "../../interview/state.js";
import { finish } from "./finish.js";
import { lineAsker } from "./line-asker.js";
import type { InterviewOptions } from "./options.js";

export async function runLines(opts: InterviewOptions): Promise<number> {
  const m = messages(opts.lang);
  // With --transcript, standard output carries only JSON lines; the questions go to standard error.
  const out = opts.transcript ? process.stderr : process.stdout;
  out.write(`${m.title}\n${m.notTty}\n`);
  const outcome = await runInterview(
    startState(opts.arrival ? { arrival: opts.arrival } : {}),
    lineAsker(opts.lang, process.stdin, out),
    {
      lang: opts.lang,
      engine: realEngine,
      askArrival: opts.arrival === undefined,
      onAsk: (step) => {
        if (opts.transcript) process.stdout.write(`${JSON.stringify({ ask: step.field })}\n`);
      },
    },
  );
  if (outcome.kind !== "done") return 130;
  return finish(outcome, opts);
}
