/** `poe-permit interview --answers FILE`: the interview answered from a saved profile, no prompts. */
import type { Profile } from "../../contract/profile.js";
import { realEngine } from "../../engine/engine.js";
import { assess } from "../../engine/index.js";
import { profileAsker, runInterview } from "../../interview/run.js";
import { startState } from "../../interview/state.js";
import { readSource } from "../input.js";
import { renderErrors } from "../render.js";
import { finish } from "./finish.js";
import type { InterviewOptions } from "./options.js";

export async function runFromAnswers(opts: InterviewOptions & { answers: string }): Promise<number> {
  const lang = opts.lang;
  let input: unknown;
  try {
    input = JSON.parse((await readSource(opts.answers)).replace(/^\uFEFF/, ""));
  } catch (error) {
    process.stderr.write(
      renderErrors([{ path: "", code: "not-json", message: (error as Error).message }], lang),
    );
    return 2;
  }
  const checked = assess(input, { lang });
  if (!checked.ok) {
    process.stderr.write(renderErrors(checked.errors, lang));
    return 2;
  }
  const profile = input as Profile;
  const given: Profile = {};
  const arrival = opts.arrival ?? profile.arrival;
  if (arrival !== undefined) given.arrival = arrival;
  const outcome = await runInterview(startState(given), profileAsker(profile), {
    lang,
    engine: realEngine,
    onAsk: (step) => {
      if (opts.transcript) process.stdout.write(`${JSON.stringify({ ask: step.field })}\n`);
    },
  });
  if (outcome.kind !== "done") return 1;
  return finish(outcome, opts);
}
