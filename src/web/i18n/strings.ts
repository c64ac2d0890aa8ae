/**
 * The web page's words by language: its section of the one catalogue per language
 * (src/i18n/en.ts, src/i18n/fr.ts, `web`), where the compiler checks that French has every string.
 * Only the sections the page needs are imported, so the server's and the CLI's words stay out of
 * the page's JavaScript.
 *
 * French typography: a no-break space (U+00A0) before `:` `?` `!` `;` and inside « ». U+00A0 (not the
 * narrow U+202F) because the PDF's built-in Helvetica is WinAnsi-encoded and has no U+202F.
 *
 * @example
 * ```ts
 * import { STRINGS } from "./strings.js";
 * STRINGS.fr.result.title; // "Votre résultat"
 * ```
 */
import type { Lang } from "../../contract/assessment.js";
import type { Poe, RouteAnswer } from "../../contract/codes.js";
import { web as en, type WebStrings } from "../../i18n/en.js";
import { web as fr } from "../../i18n/fr.js";
import { messages } from "../../i18n/index.js";

/** The shape every language must fill. */
export type Dict = WebStrings;

export const STRINGS = { en, fr } satisfies Record<Lang, Dict>;

/**
 * The verdict in words: whether the POE is open, then what to do, in the same words as every other
 * surface (the catalogue's `poe` and `route`). An open route after an open verdict adds nothing.
 */
export function verdictSentence(lang: Lang, poe: Poe, route: RouteAnswer): string {
  const m = messages(lang);
  return poe === "unknown" && route === "unknown" ? m.poe[poe] : `${m.poe[poe]} ${m.route[route]}`;
}

/** Formats a `YYYY-MM-DD` date or an ISO instant as a calendar date in the page's language. */
export function formatDate(lang: Lang, iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", {
    dateStyle: "long",
    timeZone: dateOnly ? "UTC" : "America/Toronto",
  }).format(d);
}
