/**
 * Streaming readers for rosters: CSV (csv-parse) and JSON Lines. Both yield rows one at a time
 * with their line numbers, so memory stays flat whatever the input size. A row the parser cannot
 * read (an unclosed quote, say) becomes a `broken` row and reading goes on.
 *
 * @example
 * ```ts
 * const csv = await openCsv(createReadStream("roster.csv"));
 * for await (const row of csv.rows) console.log(row.line, row.kind);
 * ```
 */

import type { Readable } from "node:stream";
import { type InfoRecord, parse } from "csv-parse";
import type { Lang } from "../contract/assessment.js";
import { catalogue } from "../i18n/catalogue.js";
import { type ColumnPlan, planColumns } from "./columns.js";
import { type Decoder, detectDelimiter } from "./decode.js";
import { readJsonRows } from "./json-rows.js";
import type { RawRow } from "./screen.js";
import { UsageError } from "./usage-error.js";

export type InputFormat = "csv" | "jsonl";

/** Guesses the input format from a file name; `undefined` when the name does not say. */
export function formatFromName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return "jsonl";
  return undefined;
}

/** An opened CSV roster: its column plan, its rows, and the blank rows skipped so far. */
export interface CsvRoster {
  plan: ColumnPlan;
  /** The delimiter read (given, or detected from the header). */
  delimiter: string;
  rows: AsyncGenerator<RawRow>;
  /** Rows whose cells are all empty (`,,,,` as spreadsheets write them at the end), not assessed. */
  blankRows(): number;
}

/** The sentence for an empty JSON Lines roster. */
export function noInput(lang: Lang = "en"): string {
  return catalogue(lang).cli.noInput;
}

/** The sentence for a CSV roster without a header row. */
export function noHeader(lang: Lang = "en"): string {
  return catalogue(lang).cli.noHeader;
}

export interface CsvOptions {
  /** The delimiter; default: detected from the header line (`,`, `;` or tab). */
  delimiter?: string | undefined;
  /** Leave the columns that are not read out of the output. */
  dropExtra?: boolean | undefined;
  /** Result columns of an earlier run, neither read nor carried (see `planColumns`). */
  resultColumns?: readonly string[] | undefined;
  /** The language of the usage errors (no header row). */
  lang?: Lang | undefined;
}

/** True when every cell of a row is empty or blank. */
function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c !== "" && c.trim() !== "") return false;
  }
  return true;
}

/**
 * Opens a CSV roster: reads the header (throws `HeaderError` listing every bad column), then
 * yields data rows. Accepts a UTF-8 BOM, CRLF or LF line ends, quoted cells with commas, quotes
 * and line breaks.
 */
export async function openCsv(source: Readable, options: CsvOptions = {}): Promise<CsvRoster> {
  if (source.errored) throw source.errored;
  const head = (source as Partial<Decoder>).head;
  const headLine = head ? await head : undefined;
  // The decoder may have failed on the first bytes: its error is on the stream.
  if (source.errored) throw source.errored;
  const delimiter = options.delimiter ?? (headLine !== undefined ? detectDelimiter(headLine) : ",");
  const skipped: { line: number; message: string }[] = [];
  const parser = source.pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // Tag each record with its line number (the parser's own typing expects records back).
      on_record: ((record: string[], context: InfoRecord) => ({
        cells: record,
        line: context.lines,
        bytes: context.bytes,
      })) as never,
      on_skip: (err) => {
        if (err) skipped.push({ line: (err as { lines?: number }).lines ?? 0, message: err.message });
        return undefined;
      },
    }),
  );
  // A read error of the source (e.g. the file vanished) must reach the consumer, not be lost.
  source.once("error", (e) => parser.destroy(e));
  const it = parser[Symbol.asyncIterator]() as AsyncIterator<{
    cells: string[];
    line: number;
    bytes: number;
  }>;
  const first = await it.next();
  let blank = 0;
  if (first.done || isBlank(first.value.cells)) throw new UsageError(noHeader(options.lang));
  const plan = planColumns(first.value.cells, {
    dropExtra: options.dropExtra,
    resultColumns: options.resultColumns,
  });
  // csv-parse counts a CRLF inside a quoted cell as two lines; undo that, and report the line
  // where each row starts (a quoted cell may span lines).
  let extraCr = 0;
  const startLine = (cells: string[], endLine: number): number => {
    let breaks = 0;
    for (const c of cells) {
      if (c.includes("\n")) {
        breaks += c.split("\n").length - 1;
        extraCr += c.split("\r\n").length - 1;
      }
    }
    return endLine - extraCr - breaks;
  };
  async function* rows(): AsyncGenerator<RawRow> {
    try {
      for (;;) {
        const next = await it.next();
        // Rows the parser skipped come out in line order, before the next good row.
        while (skipped.length > 0 && (next.done || skipped[0]!.line - extraCr <= next.value.line)) {
          const s = skipped.shift()!;
          yield { line: s.line - extraCr, kind: "broken", message: s.message };
        }
        if (next.done) return;
        const { cells, line, bytes } = next.value;
        if (isBlank(cells)) {
          blank++;
          startLine(cells, line);
          continue;
        }
        yield { line: startLine(cells, line), kind: "csv", cells, end: bytes };
      }
    } finally {
      await it.return?.();
    }
  }
  return { plan, delimiter, rows: rows(), blankRows: () => blank };
}

/**
 * Reads a JSON roster: JSON Lines (one row per non-blank line; parsing happens later, per row), a
 * JSON array of profiles, or pretty-printed profiles (see `readJsonRows`).
 */
export function readJsonl(source: Readable): AsyncGenerator<RawRow> {
  return readJsonRows(source);
}

/** Groups rows into batches of `size` (the unit sent to a worker). */
export async function* batches<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const r of rows) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
