/**
 * The interview's own words (buttons, hints, headings) by language: its section of the one
 * catalogue per language (src/i18n/en.ts, src/i18n/fr.ts, `interview`), where the compiler checks
 * that both languages have every message.
 *
 * @example
 * ```ts
 * MESSAGES.fr.dontKnow; // "Je ne sais pas"
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { interview as en, type InterviewStrings } from "../i18n/en.js";
import { interview as fr } from "../i18n/fr.js";

export type Messages = InterviewStrings;

export const MESSAGES = { en, fr } as const satisfies Record<Lang, Messages>;

/** The messages of a language. */
export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
