/**
 * The messages of a roster's error rows that the batch itself writes (a cell it cannot read, a
 * row of the wrong length, a line that is not JSON), by language: the catalogue's `rows` section
 * (src/i18n/en.ts, fr.ts). A profile's own problems are the engine's, in the run's `--lang` as well.
 *
 * @example
 * ```ts
 * rowMessages("fr").expectedInteger("old"); // 'nombre entier attendu, reçu « old »'
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { catalogue } from "../i18n/catalogue.js";
import type { RowMessages } from "../i18n/messages.js";

export type { RowMessages };

export function rowMessages(lang: Lang): RowMessages {
  return catalogue(lang).rows;
}
