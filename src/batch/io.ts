/**
 * File plumbing shared by the `batch` and `rescreen` commands: open the roster (a file or standard
 * input), decide its format, check an as-of date before the run starts.
 *
 * @example
 * ```ts
 * const roster = await openRoster("roster.csv");
 * roster.format; // "csv"
 * ```
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { InputError } from "../contract/assessment.js";
import type { Engine } from "../engine/port.js";
import { formatFromName, type InputFormat } from "./read.js";

/** A problem the user must fix before anything runs (exit status 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface Roster {
  stream: Readable;
  format: InputFormat;
  /** Bytes, when the input is a regular file. */
  size: number | undefined;
}

/** Opens a roster file, or standard input for `-`. The format comes from the name unless given. */
export async function openRoster(path: string, format?: InputFormat): Promise<Roster> {
  if (path === "-") {
    if (!format)
      throw new UsageError("reading standard input: say which format with --input-format csv|jsonl");
    return { stream: process.stdin, format, size: undefined };
  }
  const fmt = format ?? formatFromName(path);
  if (!fmt) {
    throw new UsageError(`cannot tell the format of "${path}" from its name: use --input-format csv|jsonl`);
  }
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new UsageError(`"${path}" is not a file`);
    size = s.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `cannot read "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return { stream: createReadStream(path), format: fmt, size };
}

const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Checks an as-of date the way the engine will read it (format, then the rulebook's coverage), so
 * a bad `--as-of` stops the run once instead of failing every row.
 */
export function checkAsOf(option: string, value: string, assess: Engine["assess"]): void {
  if (!DATE_OR_INSTANT.test(value)) {
    throw new UsageError(`${option} "${value}": expected YYYY-MM-DD or an ISO 8601 date-time with offset`);
  }
  const r = assess({ arrival: value }, {});
  if (!r.ok) {
    const about = r.errors.filter((e: InputError) => e.path === "arrival");
    if (about.length > 0)
      throw new UsageError(`${option} "${value}": ${about.map((e) => e.message).join("; ")}`);
  }
}

/** Loads the real engine's `assess` (lazily, so the CLI starts fast and tests can inject their own). */
export async function engineAssess(): Promise<Engine["assess"]> {
  const mod = (await import("../engine/index.js")) as unknown as { assess: Engine["assess"] };
  return mod.assess;
}
