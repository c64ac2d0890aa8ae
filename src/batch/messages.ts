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
import type { DateFormat, DateProblem } from "./dates.js";

export interface RowMessages {
  expectedBoolean(text: string): string;
  expectedInteger(text: string): string;
  expectedNumber(text: string): string;
  /** A date cell that cannot be read as one date: `format` is the run's `--date-format`. */
  badDate(
    text: string,
    problem: DateProblem,
    format: DateFormat,
    hint?: DateFormat,
    dateTime?: boolean,
  ): string;
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
  badDate: (text, problem, format, hint, dateTime) => {
    const form = { iso: "YYYY-MM-DD", dmy: "day first, DD/MM/YYYY", mdy: "month first, MM/DD/YYYY" };
    switch (problem) {
      case "ambiguous":
        return `"${text}" is ambiguous: day first or month first? Say which with --date-format dmy or mdy`;
      case "needs-format":
        return `"${text}" is not written YYYY-MM-DD: say how the file writes dates with --date-format ${hint ?? "dmy or mdy"}`;
      case "two-digit-year":
        return `"${text}" has a two-digit year, which is ambiguous: write the year in full`;
      case "not-a-date":
        return `"${text}" is not a date: write YYYY-MM-DD${format === "iso" ? "" : ` or ${form[format]}`}${dateTime ? ", or an ISO 8601 date-time with offset (2025-06-01T14:30-04:00)" : ""}`;
      case "invalid":
        return `"${text}" is not a real date${format === "iso" ? "" : ` (read ${form[format]})`}${hint ? `; it is one read --date-format ${hint}: is that the file's form?` : ""}`;
    }
  },
  cellCount: (cells, columns) => `the row has ${cells} cells but the header has ${columns} columns`,
  unreadableCsv: (detail) => `unreadable CSV row: ${detail}`,
  notJson: (detail) => `not valid JSON: ${detail}`,
  idType: () => "id: expected a string or a number",
  internalFault: (detail) => `internal fault: ${detail}`,
} satisfies RowMessages;

const fr = {
  expectedBoolean: (text) => `true/false, oui/non ou 1/0 attendu, reçu «\u00a0${text}\u00a0»`,
  expectedInteger: (text) => `nombre entier attendu, reçu «\u00a0${text}\u00a0»`,
  expectedNumber: (text) => `nombre attendu, reçu «\u00a0${text}\u00a0»`,
  badDate: (text, problem, format, hint, dateTime) => {
    const form = {
      iso: "AAAA-MM-JJ",
      dmy: "jour en premier, JJ/MM/AAAA",
      mdy: "mois en premier, MM/JJ/AAAA",
    };
    switch (problem) {
      case "ambiguous":
        return `«\u00a0${text}\u00a0» est ambiguë\u00a0: jour ou mois en premier\u00a0? Précisez-le avec --date-format dmy ou mdy`;
      case "needs-format":
        return `«\u00a0${text}\u00a0» n'est pas écrite AAAA-MM-JJ\u00a0: indiquez comment le fichier écrit les dates avec --date-format ${hint ?? "dmy ou mdy"}`;
      case "two-digit-year":
        return `«\u00a0${text}\u00a0» a une année à deux chiffres, ce qui est ambigu\u00a0: écrivez l'année en entier`;
      case "not-a-date":
        return `«\u00a0${text}\u00a0» n'est pas une date\u00a0: écrivez AAAA-MM-JJ${format === "iso" ? "" : ` ou ${form[format]}`}${dateTime ? ", ou une date-heure ISO 8601 avec décalage (2025-06-01T14:30-04:00)" : ""}`;
      case "invalid":
        return `«\u00a0${text}\u00a0» n'est pas une date réelle${format === "iso" ? "" : ` (lue ${form[format]})`}${hint ? `\u00a0; c'en est une lue avec --date-format ${hint}\u00a0: est-ce la forme du fichier\u00a0?` : ""}`;
    }
  },
  cellCount: (cells, columns) => `la ligne a ${cells} cellules mais l'en-tête a ${columns} colonnes`,
  unreadableCsv: (detail) => `ligne CSV illisible\u00a0: ${detail}`,
  notJson: (detail) => `JSON invalide\u00a0: ${detail}`,
  idType: () => "id\u00a0: chaîne ou nombre attendu",
  internalFault: (detail) => `erreur interne\u00a0: ${detail}`,
} satisfies RowMessages;

const CATALOGUES: Record<Lang, RowMessages> = { en, fr };

export function rowMessages(lang: Lang): RowMessages {
  return CATALOGUES[lang];
}
