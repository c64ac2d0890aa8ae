/** The interview's end as the surfaces print and save it: the assessment with what would change a "no". */
import type { Assessment } from "../../contract/assessment.js";
import { realEngine } from "../../engine/engine.js";
import type { InterviewResult } from "../../interview/report.js";
import type { Outcome } from "../../interview/run.js";
import { type ChangeOption, whatWouldChange } from "../../interview/what-would-change.js";

/** The result of a finished interview, in the language it ended in. */
export function resultOf(outcome: Extract<Outcome, { kind: "done" }>): InterviewResult {
  const { step, lang } = outcome;
  return {
    assessment: step.assessment,
    answers: step.answers,
    uncertain: step.uncertain,
    unrefined: step.unrefined,
    unasked: step.unasked,
    whatWouldChange: whatWouldChange(step.answers, { lang, engine: realEngine }),
  };
}

/** The assessment JSON with `whatWouldChange` (an extra field the contract allows) when `poe` is `no`. */
export function withChanges(a: Assessment, changes: readonly ChangeOption[]): Record<string, unknown> {
  return a.poe === "no" ? { ...a, whatWouldChange: changes } : { ...a };
}
