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

import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { type InfoRecord, parse } from "csv-parse";
import { type ColumnPlan, planColumns } from "./columns.js";
import type { RawRow } from "./screen.js";

export type InputFormat = "csv" | "jsonl";

/** Guesses the input format from a file name; `undefined` when the name does not say. */
export function formatFromName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return "jsonl";
  return undefined;
}

/**
 * Opens a CSV roster: reads the header (throws `HeaderError` listing every bad column), then
 * yields data rows. Accepts a UTF-8 BOM, CRLF or LF line ends, quoted cells with commas, quotes
 * and line breaks.
 */
export async function openCsv(source: Readable): Promise<{ plan: ColumnPlan; rows: AsyncGenerator<RawRow> }> {
  const skipped: { line: number; message: string }[] = [];
  const parser = source.pipe(
    parse({
      bom: true,
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
  if (first.done) {
    return { plan: planColumns([]), rows: (async function* () {})() };
  }
  const plan = planColumns(first.value.cells);
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
        yield { line: startLine(cells, line), kind: "csv", cells, end: bytes };
      }
    } finally {
      await it.return?.();
    }
  }
  return { plan, rows: rows() };
}

/** Reads a JSON Lines roster: one row per non-blank line (parsing happens later, per row). */
export async function* readJsonl(source: Readable): AsyncGenerator<RawRow> {
  const lines = createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
  source.once("error", (e) => lines.emit("error", e));
  let line = 0;
  let end = 0;
  for await (let text of lines) {
    line++;
    end += Buffer.byteLength(text) + 1; // the line end: one byte for LF (CRLF is close enough here)
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === "") continue;
    yield { line, kind: "jsonl", text, end };
  }
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
