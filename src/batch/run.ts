/**
 * Runs a roster through the engine: stream in, screen (in process or on worker threads), stream
 * out in input order, count outcomes. Memory is bounded by the batches in flight, not the input.
 *
 * @example
 * ```ts
 * const summary = await runBatch({
 *   input: createReadStream("roster.csv"), inputFormat: "csv",
 *   output: process.stdout, format: "csv", lang: "en",
 * });
 * process.stderr.write(summaryText(summary, "en"));
 * ```
 */
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import type { Lang } from "../contract/assessment.js";
import type { Engine } from "../engine/port.js";
import { catalogue } from "../i18n/catalogue.js";
import { unreadWarning } from "./columns.js";
import type { DateFormat } from "./dates.js";
import { defaultAssessModule, WorkerPool } from "./pool.js";
import { Progress } from "./progress.js";
import { batches, type InputFormat, noInput, openCsv, readJsonl } from "./read.js";
import {
  addTallies,
  csvHeader,
  emptyTallies,
  OUTPUT_COLUMNS,
  type OutputFormat,
  type RawRow,
  type ScreenSettings,
  screenRows,
  type Tallies,
} from "./screen.js";
import { UsageError } from "./usage-error.js";

/** Inputs at least this large (bytes) use worker threads when `workers` is "auto". */
export const AUTO_WORKERS_MIN_BYTES = 1 << 20;
/**
 * Rows per batch sent to a worker: big enough to amortise messaging, small enough to stay flat. A
 * batch's rows stay alive while it is screened, so every young-generation collection in between
 * copies them: 200 rather than 500 rows cut the workers' collection time and peak RSS (with the
 * 16 MB nursery in pool.ts; ADR 0025, the runs in bench/RESULTS.md).
 */
export const DEFAULT_BATCH_SIZE = 200;

export interface BatchOptions {
  input: Readable;
  inputFormat: InputFormat;
  /** Size of the input in bytes when known (a file): drives "auto" workers and the progress bar. */
  inputSize?: number | undefined;
  output: Writable;
  format: OutputFormat;
  lang: Lang;
  /** Assess every row as of this arrival (sets `arrival`). */
  asOf?: string | undefined;
  /** The clock for rows without an arrival (ISO instant; tests). */
  now?: string | undefined;
  /** Worker threads: a count (0 = in process) or "auto" (large inputs use every core). */
  workers?: number | "auto";
  batchSize?: number;
  /** The engine for the in-process path (default: the real engine). */
  assess?: Engine["assess"];
  /** URL of the module exporting `assess` for workers (default: the real engine). */
  assessModule?: string;
  /** Where the progress bar goes (drawn only on a terminal, unless `forceProgress`). */
  progress?: { isTTY?: boolean; columns?: number; write(s: string): unknown } | undefined;
  forceProgress?: boolean;
  /** Start CSV output with a UTF-8 byte order mark (helps spreadsheet programs with accents). */
  bom?: boolean;
  /** CSV input's delimiter (default: detected from the header). */
  delimiter?: string | undefined;
  /** Leave the input columns that are not read out of the output (default: carried through). */
  dropExtra?: boolean;
  /** How CSV date cells are written (`--date-format`); default ISO only. */
  dateFormat?: DateFormat | undefined;
  /** Told once about the columns that are not read. */
  warn?: (text: string) => void;
}

export interface BatchSummary extends Tallies {
  /** Blank rows (every cell empty) skipped, not counted in `rows`. */
  blank: number;
  workers: number;
  seconds: number;
}

async function loadEngineAssess(): Promise<Engine["assess"]> {
  const mod = (await import("../engine/index.js")) as unknown as { assess: Engine["assess"] };
  return mod.assess;
}

/** Writes with backpressure: waits for "drain" when the destination's buffer is full. */
function write(out: Writable, text: string): Promise<void> | undefined {
  if (text === "" || out.write(text)) return undefined;
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      out.off("drain", done);
      out.off("error", done);
      out.off("close", onClose);
      if (e) reject(e);
      else resolve();
    };
    const onClose = () => done(new Error("the output closed before the batch was written"));
    out.on("drain", done);
    out.on("error", done);
    out.on("close", onClose);
  });
}

function chooseWorkers(opt: BatchOptions["workers"], inputSize: number | undefined): number {
  if (typeof opt === "number") return Math.max(0, Math.floor(opt));
  const cores = availableParallelism();
  if (cores < 2 || inputSize === undefined || inputSize < AUTO_WORKERS_MIN_BYTES) return 0;
  return cores;
}

/** Screens a whole roster. Throws `HeaderError` for an unusable CSV header (nothing written). */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let settings: ScreenSettings = {
    format: options.format,
    lang: options.lang,
    asOf: options.asOf,
    now: options.now,
    dateFormat: options.dateFormat,
  };
  let rows: AsyncIterable<RawRow>;
  let blankRows = () => 0;
  if (options.inputFormat === "csv") {
    const csv = await openCsv(options.input, {
      delimiter: options.delimiter,
      dropExtra: options.dropExtra,
      resultColumns: OUTPUT_COLUMNS,
      lang: options.lang,
    });
    settings = { ...settings, plan: csv.plan, delimiter: csv.delimiter };
    const warning = unreadWarning(csv.plan, options.dropExtra ?? false);
    if (warning) options.warn?.(warning);
    rows = csv.rows;
    blankRows = csv.blankRows;
  } else {
    rows = readJsonl(options.input);
  }

  const workers = chooseWorkers(options.workers, options.inputSize);
  const totals = emptyTallies();
  const source = options.input as Readable & { bytesRead?: number };
  let doneBytes: number | undefined;
  const progress = new Progress(
    options.progress,
    // Bytes up to the last row written (the reader runs ahead of the output), else bytes read.
    () => ({ rows: totals.rows, bytes: doneBytes ?? source.bytesRead, totalBytes: options.inputSize }),
    options.forceProgress,
  );

  if (options.format === "csv") {
    await write(
      options.output,
      `${options.bom ? "\uFEFF" : ""}${csvHeader(settings.plan, settings.delimiter)}`,
    );
  }

  const emit = async (r: { text: string; tallies: Tallies }, end: number | undefined) => {
    addTallies(totals, r.tallies);
    if (end !== undefined) doneBytes = end;
    await write(options.output, r.text);
    progress.tick();
  };

  if (workers === 0) {
    const assess = options.assess ?? (await loadEngineAssess());
    for await (const batch of batches(rows, batchSize)) {
      await emit(screenRows(batch, settings, assess), batch.at(-1)?.end);
    }
  } else {
    const pool = await WorkerPool.start(workers, {
      settings,
      assessModule: options.assessModule ?? defaultAssessModule(),
    });
    // Batches in flight, in input order: awaiting the oldest first keeps the output in order,
    // and capping their number keeps memory flat while every worker stays busy.
    const inflight: Promise<{ text: string; tallies: Tallies }>[] = [];
    const ends: (number | undefined)[] = [];
    const maxInflight = workers * 3;
    try {
      for await (const batch of batches(rows, batchSize)) {
        inflight.push(pool.submit(batch));
        ends.push(batch.at(-1)?.end);
        if (inflight.length >= maxInflight) await emit(await inflight.shift()!, ends.shift());
      }
      while (inflight.length > 0) await emit(await inflight.shift()!, ends.shift());
    } finally {
      // Settle what is left so no rejection goes unhandled, then stop the threads.
      await Promise.allSettled(inflight);
      await pool.close();
    }
  }
  progress.done();
  if (options.inputFormat === "jsonl" && totals.rows === 0) throw new UsageError(noInput(options.lang));
  return { ...totals, blank: blankRows(), workers, seconds: (performance.now() - started) / 1000 };
}

function counts(rec: Record<string, number>): string {
  return Object.entries(rec)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

/** The closing summary: rows by outcome, and errors. */
export function summaryText(s: BatchSummary, lang: Lang): string {
  const w = catalogue(lang).batch;
  const lines = [
    `${s.rows} ${w.rows(s.rows)}${w.colon} ${s.ok} ${w.ok(s.ok)}, ${s.errors} ${w.errors} (${w.in} ${s.seconds.toFixed(1)} s${
      s.workers > 0 ? `, ${s.workers} ${w.workers}` : ""
    })`,
  ];
  if (s.ok > 0) {
    lines.push(`  ${w.poe}${w.colon} ${counts(s.poe)}`);
    lines.push(`  ${w.route}${w.colon} ${counts(s.route)}`);
  }
  if (s.blank > 0) lines.push(`  ${w.blank(s.blank)}`);
  return `${lines.join("\n")}\n`;
}
