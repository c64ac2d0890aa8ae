/**
 * The whole work of `POST /api/v1/assess` after the envelope checks: read the JSON body, assess it,
 * add `whatWouldChange` to a "no" (as `poe-permit assess --json` does), and write the answer as
 * JSON text. One function, so the server can run it on its own thread or on the assessment thread
 * (assess-thread.ts) and give byte-identical answers either way.
 *
 * @example
 * ```ts
 * const reply = assessReply('{"citizenships":["FR"]}', "en", new Date(), realEngine);
 * // { kind: "answer", status: 200, body: '{"poe":"unknown",…}' }
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import type { Profile } from "../contract/profile.js";
import type { Engine } from "../engine/port.js";
import { whatWouldChange } from "../interview/what-would-change.js";

export type AssessReply =
  /** The body is not JSON; `why` is the parser's own message, for the caller's error text. */
  | { kind: "not-json"; why: string }
  /** 200 with the assessment, or 400 with `{ errors }` when the profile breaks the contract. */
  | { kind: "answer"; status: 200 | 400; body: string };

/** What the route calls: this function in process, or the same on the assessment thread. */
export type Assessor = (text: string, lang: Lang, now: Date) => Promise<AssessReply>;

export function assessReply(text: string, lang: Lang, now: Date, engine: Engine): AssessReply {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { kind: "not-json", why: error instanceof Error ? error.message : String(error) };
  }
  const result = engine.assess(input, { lang, now });
  if (!result.ok) return { kind: "answer", status: 400, body: JSON.stringify({ errors: result.errors }) };
  const answer =
    result.assessment.poe === "no"
      ? {
          ...result.assessment,
          whatWouldChange: whatWouldChange(input as Profile, {
            lang,
            engine,
            now,
            base: result.assessment,
          }),
        }
      : result.assessment;
  return { kind: "answer", status: 200, body: JSON.stringify(answer) };
}

/** The route's work on the calling thread (tests, and `POE_PERMIT_ASSESS_THREAD=off`). */
export function inProcessAssessor(engine: Engine): Assessor {
  return (text, lang, now) => Promise.resolve(assessReply(text, lang, now, engine));
}
