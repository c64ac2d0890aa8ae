/**
 * The messages of a roster's error rows that the batch itself writes (a cell it cannot read, a
 * row of the wrong length, a line that is not JSON), in English and French; the compiler checks
 * both are complete. A profile's own problems are the engine's, in the run's `--lang` as well.
 *
 * @example
 * ```ts
 * rowMessages("fr").expectedInteger("old"); // 'nombre entier attendu, reçu « old »'
 * ```
 */
import type { Lang } from "../contract/assessment.js";

export interface RowMessages {
  expectedBoolean(text: string): string;
  expectedInteger(text: string): string;
  expectedNumber(text: string): string;
  cellCount(cells: number, columns: number): string;
  unreadableCsv(detail: string): string;
  notJson(detail: string): string;
  idType(): string;
  internalFault(detail: string): string;
}

const en = {
  expectedBoolean: (text) => `expected true/false, yes/no or 1/0, got "${text}"`,
  expectedInteger: (text) => `expected a whole number, got "${text}"`,
  expectedNumber: (text) => `expected a number, got "${text}"`,
  cellCount: (cells, columns) => `the row has ${cells} cells but the header has ${columns} columns`,
  unreadableCsv: (detail) => `unreadable CSV row: ${detail}`,
  notJson: (detail) => `not valid JSON: ${detail}`,
  idType: () => "id: expected a string or a number",
  internalFault: (detail) => `internal fault: ${detail}`,
} satisfies RowMessages;

const fr = {
  expectedBoolean: (text) => `true/false, oui/non ou 1/0 attendu, reçu « ${text} »`,
  expectedInteger: (text) => `nombre entier attendu, reçu « ${text} »`,
  expectedNumber: (text) => `nombre attendu, reçu « ${text} »`,
  cellCount: (cells, columns) => `la ligne a ${cells} cellules mais l'en-tête a ${columns} colonnes`,
  unreadableCsv: (detail) => `ligne CSV illisible : ${detail}`,
  notJson: (detail) => `JSON invalide : ${detail}`,
  idType: () => "id : chaîne ou nombre attendu",
  internalFault: (detail) => `erreur interne : ${detail}`,
} satisfies RowMessages;

const CATALOGUES: Record<Lang, RowMessages> = { en, fr };

export function rowMessages(lang: Lang): RowMessages {
  return CATALOGUES[lang];
}
