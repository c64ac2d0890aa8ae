/**
 * The rows every question offers besides its answers: "I don't know", skip the optional rest,
 * "← Back", and the switch to the other language, and the reply each one stands for.
 */
import type { Lang } from "../../contract/assessment.js";
import type { Messages } from "../../interview/messages.js";
import type { AskContext, AskStep, Reply } from "../../interview/run.js";

export const UNKNOWN = "__unknown__";
export const SKIP = "__skip__";
export const BACK = "__back__";
export const LANGUAGE = "__language__";

export interface Row {
  value: unknown;
  label: string;
}

export const other = (lang: Lang): Lang => (lang === "en" ? "fr" : "en");

/** The special rows for a question, in the order shown (after the answers). */
export function specialRows(m: Messages, step: AskStep, ctx: AskContext): Row[] {
  const out: Row[] = [{ value: UNKNOWN, label: m.dontKnow }];
  if (step.optional) out.push({ value: SKIP, label: m.skipOptional });
  if (ctx.canGoBack) out.push({ value: BACK, label: m.back });
  out.push({ value: LANGUAGE, label: m.switchLanguage });
  return out;
}

export const isSpecial = (value: unknown): boolean =>
  value === UNKNOWN || value === SKIP || value === BACK || value === LANGUAGE;

/** The reply a special row stands for. */
export function specialReply(value: unknown, lang: Lang): Reply | undefined {
  if (value === UNKNOWN) return { kind: "dont-know" };
  if (value === SKIP) return { kind: "skip-optional" };
  if (value === BACK) return { kind: "back" };
  if (value === LANGUAGE) return { kind: "language", lang: other(lang) };
  return undefined;
}

/** The reply a typed token stands for (`?`, `<`, `>>`, `:fr`/`:en`), in a text answer or a piped line. */
export function tokenReply(raw: string, lang: Lang): Reply | undefined {
  const t = raw.trim();
  if (t === "?") return { kind: "dont-know" };
  if (t === "<") return { kind: "back" };
  if (t === ">>") return { kind: "skip-optional" };
  if (t === ":fr" || t === ":en")
    return t.slice(1) === lang ? undefined : { kind: "language", lang: other(lang) };
  return undefined;
}
