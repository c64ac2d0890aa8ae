/**
 * Date cells as spreadsheets write them (`--date-format`, docs/batch.md): ISO `YYYY-MM-DD` always,
 * and with `dmy` or `mdy` the day-first (`31/12/2025`) or month-first (`12/31/2025`) forms, with `/`,
 * `.` or `-` between the parts. A cell that cannot be read one way only (a two-digit year, a
 * slashed date without `--date-format`, a day or month out of range) is a problem for its row,
 * never a guess. Calendar validity is the time module's (`isIsoDate`).
 *
 * @example
 * ```ts
 * readDateCell("31.12.2025", "dmy", false); // { ok: true, value: "2025-12-31" }
 * readDateCell("03/04/2025", "iso", false); // { ok: false, problem: "ambiguous" }
 * ```
 */
import type { DateFormat as CatalogueDateFormat, DateProblem } from "../i18n/messages.js";
import { isIsoDate, parseDateTime } from "../rulebook/time.js";

/** The `--date-format` values: how a roster writes the dates that are not ISO. */
export const DATE_FORMATS = ["iso", "dmy", "mdy"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number] & CatalogueDateFormat;

export type { DateProblem };

export type DateCell = { ok: true; value: string } | { ok: false; problem: DateProblem; hint?: DateFormat };

/** A day-first or month-first date: two numbers and a year, separated by one of `/ . -`. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;

/** Written like an ISO date, but not necessarily a real one (`2024-02-30`). */
const ISO_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;

const pad = (n: string) => n.padStart(2, "0");

/** The ISO date `YYYY-MM-DD` of a year, month and day as written, or undefined when it is not a real date. */
function iso(year: string, month: string, day: string): string | undefined {
  const s = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(s) ? s : undefined;
}

/**
 * Reads one non-empty date cell. ISO dates (and, where `dateTime` allows, ISO date-times with an
 * offset) are taken as written whatever the format.
 */
export function readDateCell(text: string, format: DateFormat, dateTime: boolean): DateCell {
  if (isIsoDate(text) || (dateTime && parseDateTime(text) !== undefined)) return { ok: true, value: text };
  const m = NUMERIC_DATE.exec(text);
  if (!m) return { ok: false, problem: ISO_SHAPE.test(text) ? "invalid" : "not-a-date" };
  const [, first, , second, year] = m as unknown as [string, string, string, string, string];
  if (year.length === 2) return { ok: false, problem: "two-digit-year" };
  const dayFirst = iso(year, second, first);
  const monthFirst = iso(year, first, second);
  if (format === "dmy") return dayFirst ? { ok: true, value: dayFirst } : invalid(monthFirst, "mdy");
  if (format === "mdy") return monthFirst ? { ok: true, value: monthFirst } : invalid(dayFirst, "dmy");
  if (dayFirst && monthFirst)
    return dayFirst === monthFirst
      ? { ok: false, problem: "needs-format" }
      : { ok: false, problem: "ambiguous" };
  if (dayFirst || monthFirst) return { ok: false, problem: "needs-format", hint: dayFirst ? "dmy" : "mdy" };
  return { ok: false, problem: "invalid" };
}

function invalid(other: string | undefined, otherFormat: DateFormat): DateCell {
  return other ? { ok: false, problem: "invalid", hint: otherFormat } : { ok: false, problem: "invalid" };
}
