import type { Lang } from "../contract/assessment.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Messages } from "./messages.js";

export type { MessageContext, Messages } from "./messages.js";

const byLang: Record<Lang, Messages> = { en, fr };

/** The messages of a language (English when the language is not one we have). */
export function messages(lang: Lang): Messages {
  return byLang[lang] ?? en;
}
