/**
 * The CSV column mapping of a roster (documented in docs/batch.md): a header row of contract field
 * names (plus an optional `id`), one profile per row. Cells are text, so each field has a kind that
 * says how its text becomes a profile value. An empty cell is "not known yet", never "false".
 *
 * @example
 * ```ts
 * const plan = planColumns(["id", "citizenships", "permit", "jobOffer"]);
 * rowToProfile(plan, ["w-1", "FR;CA", "lmia", "yes"]);
 * // { id: "w-1", profile: { citizenships: ["FR", "CA"], permit: "lmia", jobOffer: true }, problems: [] }
 * ```
 */
import type { InputError } from "../contract/assessment.js";
import { FIELDS, type Field } from "../contract/profile.js";
import { profileSchema } from "../engine/validate.js";
import type { CellKind } from "../i18n/messages.js";
import { restore } from "./csv-safe.js";
import { type DateFormat, readDateCell } from "./dates.js";
import { type RowMessages, rowMessages } from "./messages.js";
import { nearestName } from "./nearest.js";

/** How a cell's text becomes a profile value. */
export type FieldKind = CellKind;

/** The kind a cell of this schema type has (the engine's validation schema is the one authority). */
function kindOf(schema: { _zod: { def: SchemaDef } }): FieldKind {
  let def = schema._zod.def;
  let nullable = false;
  while (def.innerType) {
    if (def.type === "nullable") nullable = true;
    def = def.innerType._zod.def;
  }
  switch (def.type) {
    case "array":
      return "list";
    case "boolean":
      return "boolean";
    case "number":
      return def.format?.includes("int") ? "integer" : "number";
    default:
      return nullable ? "date-or-none" : "text"; // strings and enums; the nullable one is medicalExamDate
  }
}
type SchemaDef = { type: string; format?: string; innerType?: { _zod: { def: SchemaDef } } };

/** The kind of every contract field, derived from the engine's profile schema. */
export const FIELD_KINDS: Readonly<Record<Field, FieldKind>> = Object.fromEntries(
  FIELDS.map((f) => [f, kindOf(profileSchema.shape[f])]),
) as Record<Field, FieldKind>;

/** The separator between the items of a list cell (`FR;CA`). */
export const LIST_SEPARATOR = ";";

/** Cell texts meaning a known "none": an empty list, or `medicalExamDate: null`. */
const NONE_WORDS = new Set(["none", "null", "aucun", "aucune", "-"]);
const TRUE_WORDS = new Set(["true", "yes", "1", "y", "oui", "vrai"]);
const FALSE_WORDS = new Set(["false", "no", "0", "n", "non", "faux"]);

/**
 * The fields whose cells are dates, read with `--date-format` (`arrival` also takes an ISO
 * date-time with offset, as written).
 */
export const DATE_FIELDS: Readonly<Partial<Record<Field, { dateTime: boolean }>>> = {
  arrival: { dateTime: true },
  medicalExamDate: { dateTime: false },
};

/** The name of the optional column that identifies a row in the output. */
export const ID_COLUMN = "id";

/** What to do with each column of the header, by position. */
export interface ColumnPlan {
  /** The header as read (trimmed). */
  readonly names: readonly string[];
  /** Index of the `id` column, or -1. */
  readonly idIndex: number;
  /** For each column index: the field it fills, or null (the `id` column, or a column not read). */
  readonly fields: readonly (Field | null)[];
  /**
   * The input columns copied into the output, in input order: every column but the result columns
   * of an earlier `batch` run (those are written afresh); with `dropExtra`, only `id` and fields.
   */
  readonly carry: readonly number[];
  /** Columns that are neither a field nor `id` (carried through unless dropped), with any hint. */
  readonly unread: readonly { name: string; hint?: string }[];
}

/** A header that cannot be used: every problem, so the user fixes them in one go. */
export class HeaderError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the CSV header cannot be used:\n  - ${problems.join("\n  - ")}`);
    this.name = "HeaderError";
  }
}

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
/** Field names and `id`, the names a "did you mean" may suggest. */
const KNOWN_NAMES: readonly string[] = [ID_COLUMN, ...FIELDS];

/**
 * Reads the header row. A column that is neither a field nor `id` (a name, an employee number,
 * notes) is not read but carried through to the output; a near miss (`Citizenship`, `ID`) gets a
 * "did you mean" and is treated the same way, never guessed. `resultColumns` are the columns a
 * `batch` output adds (so its output can be read again): they are neither read nor carried. A
 * field named twice is an error (which one would count?).
 */
export function planColumns(
  header: readonly string[],
  options: { dropExtra?: boolean; resultColumns?: readonly string[] } = {},
): ColumnPlan {
  const names = header.map((h) => h.trim());
  const results = new Set(options.resultColumns ?? []);
  const problems: string[] = [];
  const seen = new Set<string>();
  const fields: (Field | null)[] = [];
  const carry: number[] = [];
  const unread: { name: string; hint?: string }[] = [];
  let idIndex = -1;
  names.forEach((name, i) => {
    const known = name === ID_COLUMN || FIELD_SET.has(name);
    if (known && seen.has(name)) problems.push(`column "${name}" appears more than once`);
    seen.add(name);
    if (name === ID_COLUMN) {
      idIndex = i;
      fields.push(null);
      carry.push(i);
    } else if (FIELD_SET.has(name)) {
      fields.push(name as Field);
      carry.push(i);
    } else {
      fields.push(null);
      if (results.has(name)) return;
      const near = nearestName(name, KNOWN_NAMES);
      unread.push(
        near ? { name: name || `(column ${i + 1})`, hint: near } : { name: name || `(column ${i + 1})` },
      );
      if (!options.dropExtra) carry.push(i);
    }
  });
  if (problems.length > 0) throw new HeaderError(problems);
  return { names, idIndex, fields, carry, unread };
}

/** The one warning about the columns not read, or `undefined` when every column is read. */
export function unreadWarning(plan: ColumnPlan, dropped: boolean): string | undefined {
  if (plan.unread.length === 0) return undefined;
  const list = plan.unread
    .map((u) => `"${u.name}"${u.hint ? ` (did you mean "${u.hint}"?)` : ""}`)
    .join(", ");
  const fate = dropped ? "left out of the output (--drop-extra)" : "carried through to the output unchanged";
  return `${plan.unread.length} column${plan.unread.length === 1 ? "" : "s"} not read, ${fate}: ${list}; columns read are contract field names and "id" (docs/batch.md)`;
}

/** One cell converted: a value, or a problem with the cell's text. */
type Cell = { ok: true; value: unknown } | { ok: false; message: string };

/** A word of a set, as written or in lower case (most cells are already lower case: no copy). */
const among = (words: ReadonlySet<string>, text: string) => words.has(text) || words.has(text.toLowerCase());

// Boolean cells are the most common: their two answers are shared, read-only objects.
const TRUE_CELL: Cell = Object.freeze({ ok: true, value: true });
const FALSE_CELL: Cell = Object.freeze({ ok: true, value: false });

/** Converts one non-empty cell's text to the field's value (a problem worded by `m`). */
export function parseCell(kind: FieldKind, text: string, m: RowMessages = rowMessages("en")): Cell {
  switch (kind) {
    case "list":
      if (among(NONE_WORDS, text)) return { ok: true, value: [] };
      if (!text.includes(LIST_SEPARATOR)) return { ok: true, value: [text] };
      return {
        ok: true,
        value: text
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      };
    case "boolean":
      if (among(TRUE_WORDS, text)) return TRUE_CELL;
      if (among(FALSE_WORDS, text)) return FALSE_CELL;
      return { ok: false, message: m.expectedBoolean(text) };
    case "integer":
      if (/^[+-]?\d+$/.test(text)) return { ok: true, value: Number(text) };
      return { ok: false, message: m.expectedInteger(text) };
    case "number": {
      const n = Number(text.replace(",", "."));
      if (text !== "" && Number.isFinite(n)) return { ok: true, value: n };
      return { ok: false, message: m.expectedNumber(text) };
    }
    case "date-or-none":
      return { ok: true, value: among(NONE_WORDS, text) ? null : text };
    case "text":
      return { ok: true, value: text };
  }
}

/** A CSV row turned into a profile: what the cells said, and every cell that could not be read. */
export interface RowProfile {
  id: string | undefined;
  profile: Record<string, unknown>;
  problems: InputError[];
}

/**
 * Converts one CSV row (cells by position) to a profile. A wrong number of cells is a problem, and
 * so is a date cell that `dateFormat` does not read as one date.
 */
export function rowToProfile(
  plan: ColumnPlan,
  cells: readonly string[],
  m: RowMessages = rowMessages("en"),
  dateFormat: DateFormat = "iso",
): RowProfile {
  const problems: InputError[] = [];
  const profile: Record<string, unknown> = {};
  if (cells.length !== plan.fields.length) {
    problems.push({
      path: "",
      code: "bad-value",
      message: m.cellCount(cells.length, plan.fields.length),
    });
  }
  const id = plan.idIndex >= 0 ? restore(cells[plan.idIndex]?.trim() ?? "") || undefined : undefined;
  const n = Math.min(cells.length, plan.fields.length);
  for (let i = 0; i < n; i++) {
    const field = plan.fields[i];
    if (field == null) continue;
    const text = restore(cells[i]!.trim());
    if (text === "") continue; // empty cell: not known yet
    const kind = FIELD_KINDS[field];
    const cell = parseCell(kind, text, m);
    if (!cell.ok) {
      problems.push({ path: field, code: "wrong-type", message: `${field}: ${cell.message}` });
      continue;
    }
    // Only the two date fields look further (a cheap test first: this loop runs for every cell).
    const date = (kind === "date-or-none" || field === "arrival") && DATE_FIELDS[field];
    if (date && typeof cell.value === "string") {
      const read = readDateCell(cell.value, dateFormat, date.dateTime);
      if (read.ok) profile[field] = read.value;
      else
        problems.push({
          path: field,
          code: "bad-date",
          message: `${field}: ${m.badDate(text, read.problem, dateFormat, read.hint, date.dateTime)}`,
        });
      continue;
    }
    profile[field] = cell.value;
  }
  return { id, profile, problems };
}
