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
import type { Readable, Transform } from "node:stream";
import type { InputError, Lang } from "../contract/assessment.js";
import type { Engine } from "../engine/port.js";
import { catalogue } from "../i18n/catalogue.js";
import { decoder, type Encoding } from "./decode.js";
import { formatFromName, type InputFormat } from "./read.js";
import { UsageError } from "./usage-error.js";

export { UsageError } from "./usage-error.js";

export interface Roster {
  stream: Readable;
  format: InputFormat;
  /** Bytes, when the input is a regular file. */
  size: number | undefined;
}

/** Why a file cannot be read, as a sentence for people. */
export function unreadable(path: string, e: NodeJS.ErrnoException, lang: Lang = "en"): string {
  const words = catalogue(lang).cli;
  switch (e.code) {
    case "ENOENT":
      return words.noSuchFile(path);
    case "EISDIR":
      return words.isFolder(path);
    case "EACCES":
    case "EPERM":
      return words.permissionDenied(path);
    default:
      return words.cannotRead(path, e.code ?? e.message);
  }
}

/**
 * Opens a roster file, or standard input for `-`. The format comes from the name unless given.
 * The bytes are checked as UTF-8 (or converted from `encoding`) on the way in.
 */
export async function openRoster(
  path: string,
  format?: InputFormat,
  encoding: Encoding = "utf8",
  lang: Lang = "en",
): Promise<Roster> {
  const words = catalogue(lang).cli;
  if (path === "-") {
    if (!format) throw new UsageError(words.stdinNeedsFormat);
    return { stream: decoded(process.stdin, encoding), format, size: undefined };
  }
  const fmt = format ?? formatFromName(path);
  if (!fmt) {
    throw new UsageError(words.formatUnknown(path));
  }
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory())
      throw new UsageError(unreadable(path, { code: "EISDIR" } as NodeJS.ErrnoException, lang));
    if (!s.isFile()) throw new UsageError(words.notRegularFile(path));
    size = s.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(unreadable(path, e as NodeJS.ErrnoException, lang));
  }
  return { stream: decoded(createReadStream(path), encoding), format: fmt, size };
}

/** The source piped through the decoder; a read error of the source reaches the decoder's reader. */
function decoded(source: Readable, encoding: Encoding): Readable & { bytesRead?: number } {
  const d = decoder(encoding) as Transform & { bytesRead?: number };
  source.once("error", (e) => d.destroy(e));
  // The decoder may fail before a reader is attached (the engine loads in between): the failure is
  // kept on the stream (`errored`), and the readers check it first, so it is reported, not thrown.
  d.on("error", () => undefined);
  // The progress bar reads how far the source is; the decoder forwards that figure.
  Object.defineProperty(d, "bytesRead", { get: () => (source as { bytesRead?: number }).bytesRead });
  return source.pipe(d);
}

const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Checks an as-of date the way the engine will read it (format, then the rulebook's coverage), so
 * a bad `--as-of` stops the run once instead of failing every row.
 */
export function checkAsOf(option: string, value: string, assess: Engine["assess"], lang: Lang = "en"): void {
  if (!DATE_OR_INSTANT.test(value)) {
    throw new UsageError(catalogue(lang).cli.badInstantOption(option, value));
  }
  const r = assess({ arrival: value }, { lang });
  if (!r.ok) {
    const about = r.errors.filter((e: InputError) => e.path === "arrival");
    if (about.length > 0)
      throw new UsageError(
        catalogue(lang).cli.optionProblem(option, value, about.map((e) => e.message).join("; ")),
      );
  }
}

/** Loads the real engine's `assess` (lazily, so the CLI starts fast and tests can inject their own). */
export async function engineAssess(): Promise<Engine["assess"]> {
  const mod = (await import("../engine/index.js")) as unknown as { assess: Engine["assess"] };
  return mod.assess;
}
