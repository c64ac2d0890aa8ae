/**
 * Screening one batch of roster rows: raw row → profile → assessment → output line. This is the
 * unit of work of both the in-process path and the worker threads, so it takes only plain data and
 * returns the output text (already formatted) plus the tallies for the run's summary.
 *
 * @example
 * ```ts
 * const out = screenRows([{ line: 2, kind: "jsonl", text: '{"id":"a","citizenships":["FR"]}' }],
 *   { assess, format: "jsonl", lang: "en" });
 * out.text; // '{"id":"a","line":2,"status":"ok","poe":"unknown",...}\n'
 * ```
 */
import { stringify } from "csv-stringify/sync";
import type { Assessment, AssessResult, InputError, Lang } from "../contract/assessment.js";
import type { Engine } from "../engine/port.js";
import { catalogue } from "../i18n/catalogue.js";
import { messages } from "../i18n/index.js";
import { type ColumnPlan, LIST_SEPARATOR, rowToProfile } from "./columns.js";
import { neutralise, restore } from "./csv-safe.js";
import type { DateFormat } from "./dates.js";
import { rowMessages } from "./messages.js";

/** One input row, as read: CSV cells, a JSON Lines line, or a row the reader could not parse. */
export type RawRow = (
  | { line: number; kind: "csv"; cells: string[] }
  | { line: number; kind: "jsonl"; text: string }
  | { line: number; kind: "broken" /** What the CSV parser said. */; message: string }
) & {
  /** Bytes of input read up to the end of this row, when the reader knows (drives the progress bar). */
  end?: number;
};

export type OutputFormat = "csv" | "jsonl";

/** Everything a batch needs besides its rows; plain data (it is sent to workers) but `assess`. */
export interface ScreenSettings {
  format: OutputFormat;
  lang: Lang;
  /** Sets (overrides) `arrival` on every row: assess as of this date or instant. */
  asOf?: string | undefined;
  /** The clock for rows without an arrival (ISO instant); default: the real clock. */
  now?: string | undefined;
  /** The CSV header plan (CSV input only). */
  plan?: ColumnPlan | undefined;
  /** The CSV output's delimiter (the input's, so the file opens as it came); default ",". */
  delimiter?: string | undefined;
  /** How CSV date cells are written (`--date-format`); default ISO only. */
  dateFormat?: DateFormat | undefined;
}

/** One output row. `line` is the input's line number; `id` the `id` column/key, else the line. */
export type OutputRow =
  | {
      id: string;
      line: number;
      status: "ok";
      assessment: Assessment;
    }
  | { id: string; line: number; status: "error"; errors: InputError[] };

/** Counts for the closing summary, mergeable across batches. */
export interface Tallies {
  rows: number;
  ok: number;
  errors: number;
  poe: Record<string, number>;
  route: Record<string, number>;
}

export function emptyTallies(): Tallies {
  return { rows: 0, ok: 0, errors: 0, poe: {}, route: {} };
}

export function addTallies(into: Tallies, from: Tallies): Tallies {
  into.rows += from.rows;
  into.ok += from.ok;
  into.errors += from.errors;
  for (const [k, n] of Object.entries(from.poe)) into.poe[k] = (into.poe[k] ?? 0) + n;
  for (const [k, n] of Object.entries(from.route)) into.route[k] = (into.route[k] ?? 0) + n;
  return into;
}

/** The output columns, in order (CSV header; JSON Lines keys). */
export const OUTPUT_COLUMNS = [
  "id",
  "line",
  "status",
  "poe",
  "route",
  "blockers",
  "documents",
  "advisories",
  "missing",
  "rules",
  "explanation",
  "errors",
] as const;

/** Turns a raw row into the input the engine gets, with the row's id and any reading problems. */
export function rowInput(
  row: RawRow,
  settings: Pick<ScreenSettings, "plan" | "asOf" | "dateFormat"> & { lang?: Lang },
): { id: string; input: unknown; problems: InputError[] } {
  const m = rowMessages(settings.lang ?? "en");
  let id: string | undefined;
  let input: unknown;
  let problems: InputError[] = [];
  if (row.kind === "broken") {
    return {
      id: String(row.line),
      input: undefined,
      problems: [{ path: "", code: "not-json", message: m.unreadableCsv(row.message) }],
    };
  }
  if (row.kind === "csv") {
    if (!settings.plan) throw new Error("CSV rows need a column plan");
    const r = rowToProfile(settings.plan, row.cells, m, settings.dateFormat);
    id = r.id;
    input = r.profile;
    problems = r.problems;
  } else {
    try {
      input = JSON.parse(row.text);
    } catch (e) {
      return {
        id: String(row.line),
        input: undefined,
        problems: [{ path: "", code: "not-json", message: m.notJson((e as Error).message) }],
      };
    }
    if (input !== null && typeof input === "object" && !Array.isArray(input) && "id" in input) {
      const { id: rawId, ...rest } = input as Record<string, unknown>;
      if (typeof rawId === "string" || typeof rawId === "number") id = String(rawId);
      else problems.push({ path: "id", code: "wrong-type", message: m.idType() });
      input = rest;
    }
  }
  if (settings.asOf !== undefined && input !== null && typeof input === "object" && !Array.isArray(input)) {
    input = { ...(input as object), arrival: settings.asOf };
  }
  return { id: id ?? String(row.line), input, problems };
}

/** Screens one row: never throws (an engine fault becomes an error row naming it). */
export function screenRow(
  row: RawRow,
  settings: ScreenSettings,
  assess: Engine["assess"],
  now?: Date,
): OutputRow {
  const { id, input, problems } = rowInput(row, settings);
  if (input === undefined) return { id, line: row.line, status: "error", errors: problems };
  let result: AssessResult;
  try {
    result = assess(input, { lang: settings.lang, ...(now ? { now } : {}) });
  } catch (e) {
    result = {
      ok: false,
      errors: [
        {
          path: "",
          code: "bad-value",
          message: rowMessages(settings.lang).internalFault((e as Error).message),
        },
      ],
    };
  }
  if (result.ok && problems.length === 0) {
    return { id, line: row.line, status: "ok", assessment: result.assessment };
  }
  // Every problem: the cells we could not read, then what the engine says about the rest.
  const taken = new Set(problems.map((p) => p.path));
  const more = result.ok ? [] : result.errors.filter((e) => !taken.has(e.path));
  return { id, line: row.line, status: "error", errors: [...problems, ...more] };
}

/** A one-line explanation: the route in words, why (the blockers' reasons), and what is missing. */
export function explain(a: Assessment, lang: Lang): string {
  // What is settled comes first: a "no" at the border is settled even while the route is open.
  // A Letter of Introduction that a blocker still stops is not "show it to have the permit printed".
  const m = messages(lang);
  const words = catalogue(lang).batch;
  const letterBlocked = a.route === "letter-of-introduction" && a.blockers.length > 0;
  const parts = a.route === "unknown" || letterBlocked ? [m.poe[a.poe]] : [m.route[a.route] ?? a.route];
  if (a.route === "unknown" && a.poe !== "unknown") parts.push(words.openRoute);
  for (const b of a.blockers) parts.push(b.because);
  if (letterBlocked) parts.push(catalogue(lang).ui.letterBlockedAfter);
  if (a.missing.length > 0) parts.push(`${words.missing} ${a.missing.join(", ")}.`);
  return parts.join(" ");
}

/** The rule ids behind the blockers and advisories, without repeats, in order of appearance. */
export function rulesOf(a: Assessment): string[] {
  return [...new Set([...a.blockers.map((b) => b.rule), ...a.advisories.map((x) => x.rule)].filter(Boolean))];
}

/** One output row as a flat record (CSV cells or JSON Lines values). */
export function flatten(
  row: OutputRow,
  lang: Lang,
): Record<(typeof OUTPUT_COLUMNS)[number], string | number | string[]> {
  if (row.status === "error") {
    return {
      id: row.id,
      line: row.line,
      status: "error",
      poe: "",
      route: "",
      blockers: [],
      documents: [],
      advisories: [],
      missing: [],
      rules: [],
      explanation: "",
      errors: row.errors.map((e) =>
        e.path && !e.message.startsWith(`${e.path}:`) ? `${e.path}: ${e.message}` : e.message,
      ),
    };
  }
  const a = row.assessment;
  return {
    id: row.id,
    line: row.line,
    status: "ok",
    poe: a.poe,
    route: a.route,
    blockers: a.blockers.map((b) => b.code),
    documents: a.documents.map((d) => d.code),
    advisories: a.advisories.map((x) => x.code),
    missing: a.missing,
    rules: rulesOf(a),
    explanation: explain(a, lang),
    errors: [],
  };
}

/** Error messages are joined with " | " in CSV (they may contain ";"). */
const ERROR_SEPARATOR = " | ";

function toCells(
  flat: ReturnType<typeof flatten>,
  columns: readonly (typeof OUTPUT_COLUMNS)[number][],
): string[] {
  return columns.map((c) => {
    const v = flat[c];
    if (Array.isArray(v)) return neutralise(v.join(c === "errors" ? ERROR_SEPARATOR : LIST_SEPARATOR));
    return neutralise(String(v));
  });
}

/**
 * The result columns written after the carried input columns: all of them, but `id` when the
 * input has its own `id` column (carried in place, it already says which row is which).
 */
export function resultColumns(plan: ColumnPlan | undefined): readonly (typeof OUTPUT_COLUMNS)[number][] {
  return plan && plan.idIndex >= 0 && plan.carry.includes(plan.idIndex)
    ? OUTPUT_COLUMNS.filter((c) => c !== "id")
    : OUTPUT_COLUMNS;
}

/**
 * CSV lines as RFC 4180 writes them (a cell is quoted only when it holds the delimiter, a quote or
 * a line break), the same text csv-stringify writes, without its per-cell option handling: the
 * carried input columns about double the cells of each output row.
 */
export function csvLines(rows: readonly (readonly string[])[], delimiter: string): string {
  const d = delimiter.charCodeAt(0);
  let text = "";
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i]!;
      if (i > 0) text += delimiter;
      text += needsQuotes(cell, d) ? `"${cell.replaceAll('"', '""')}"` : cell;
    }
    text += "\n";
  }
  return text;
}

/** True when a cell holds the delimiter, a quote or a line break (one pass over its characters). */
function needsQuotes(cell: string, delimiter: number): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === delimiter || c === 34 || c === 10 || c === 13) return true;
  }
  return false;
}

/** The CSV header line of the output: the carried input columns in place, then the results. */
export function csvHeader(plan?: ColumnPlan, delimiter = ","): string {
  const carried = plan ? plan.carry.map((i) => plan.names[i]!) : [];
  return stringify([[...carried, ...resultColumns(plan)].map(neutralise)], { delimiter });
}

/**
 * The input cells a row carries to the output (a row shorter than the header gets empty cells);
 * the `id` column holds the row's id as the results name it (the line number when the cell is empty).
 */
function carriedCells(row: RawRow, plan: ColumnPlan, id: string): string[] {
  const cells = row.kind === "csv" ? row.cells : [];
  const out = new Array<string>(plan.carry.length);
  for (let k = 0; k < plan.carry.length; k++) {
    const i = plan.carry[k]!;
    out[k] = neutralise(i === plan.idIndex ? id : restore(cells[i] ?? ""));
  }
  return out;
}

/** Counts one row into the tallies. */
export function tally(t: Tallies, row: OutputRow): void {
  t.rows++;
  if (row.status === "error") {
    t.errors++;
    return;
  }
  t.ok++;
  t.poe[row.assessment.poe] = (t.poe[row.assessment.poe] ?? 0) + 1;
  t.route[row.assessment.route] = (t.route[row.assessment.route] ?? 0) + 1;
}

/**
 * Screens a batch of rows and formats them: the work unit shared by the main thread and workers.
 * Each row is flattened as soon as it is assessed, so its assessment is garbage before the next
 * row's instead of living (and being copied by the young-generation collector) until the whole
 * batch is formatted.
 */
export function screenRows(
  rows: readonly RawRow[],
  settings: ScreenSettings,
  assess: Engine["assess"],
): { text: string; tallies: Tallies } {
  const now = settings.now ? new Date(settings.now) : undefined;
  const { format, lang } = settings;
  const tallies = emptyTallies();
  const cells: string[][] = [];
  const plan = settings.plan;
  const columns = resultColumns(plan);
  let text = "";
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const r = screenRow(row, settings, assess, now);
    tally(tallies, r);
    const flat = flatten(r, lang);
    if (format === "jsonl") text += `${JSON.stringify(flat)}\n`;
    else if (plan) {
      // The carried cells, then the results, in one array (no spread copies: this runs per row).
      const out = carriedCells(row, plan, r.id);
      const results = toCells(flat, columns);
      for (let k = 0; k < results.length; k++) out.push(results[k]!);
      cells.push(out);
    } else cells.push(toCells(flat, columns));
  }
  if (format === "csv" && cells.length > 0) text = csvLines(cells, settings.delimiter ?? ",");
  return { text, tallies };
}
