/**
 * The messages of a roster's error rows that the batch itself writes (a cell it cannot read, a
 * row of the wrong length, a line that is not JSON), by language: the catalogues' `rows`
 * (src/i18n/en.ts, fr.ts). A profile's own problems are the engine's, in the run's `--lang` as well.
 *
 * @example
 * ```ts
 * rowMessages("fr").expectedInteger("old"); // 'nombre entier attendu, reçu « old »'
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { rows as en } from "../i18n/en.js";
import { rows as fr } from "../i18n/fr.js";
import type { RowMessages } from "../i18n/messages.js";

export type { RowMessages };

const CATALOGUES: Record<Lang, RowMessages> = { en, fr };

export function rowMessages(lang: Lang): RowMessages {
  return CATALOGUES[lang];
}
