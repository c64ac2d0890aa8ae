/**
 * Writing a result file without ever losing or corrupting data: the output may not be one of the
 * inputs (compared by device and inode, so a symbolic or hard link to the roster is caught too),
 * and the rows go to a temporary file in the same folder that is renamed over the destination only
 * once everything is written. A crash, a Ctrl-C or a failed run leaves the old file (or none), never
 * a truncated file that looks complete.
 *
 * @example
 * ```ts
 * await refuseOverwritingInput("out.csv", ["roster.csv"]);
 * const out = new AtomicFile("out.csv");
 * out.stream().write("id,status\n");
 * await out.commit(); // out.csv appears, complete
 * ```
 */
import { once } from "node:events";
import { createWriteStream, unlinkSync, type WriteStream } from "node:fs";
import { rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { catalogue } from "../i18n/catalogue.js";
import { UsageError } from "./usage-error.js";

/** Throws a `UsageError` when `output` is the same file as one of `inputs` (through any link). */
export async function refuseOverwritingInput(
  output: string,
  inputs: readonly string[],
  sentence: (output: string, input: string) => string = catalogue("en").cli.outputIsInput,
): Promise<void> {
  const out = await stat(output).catch(() => undefined);
  if (!out) return;
  for (const input of inputs) {
    if (input === "-") continue;
    const inp = await stat(input).catch(() => undefined);
    if (inp && inp.dev === out.dev && inp.ino === out.ino) throw new UsageError(sentence(output, input));
  }
}

/** Temporary files not yet renamed or removed, so an interrupted process can clean them up. */
const pending = new Set<string>();
let cleanupInstalled = false;
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const removeAll = () => {
    for (const p of pending) {
      try {
        unlinkSync(p);
      } catch {
        // already gone
      }
    }
    pending.clear();
  };
  process.once("exit", removeAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removeAll();
      // The conventional status of a process ended by a signal: 128 + its number.
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
}

/** A file written under a temporary name in its destination's folder, renamed into place on commit. */
export class AtomicFile {
  readonly temp: string;
  private file: WriteStream | undefined;

  constructor(readonly path: string) {
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.part`);
  }

  /** The stream to write to; the temporary file is created on the first call. */
  stream(): WriteStream {
    if (!this.file) {
      installCleanup();
      pending.add(this.temp);
      this.file = createWriteStream(this.temp, { flags: "wx" });
    }
    return this.file;
  }

  get opened(): boolean {
    return this.file !== undefined;
  }

  /** Ends the stream, waits until every byte is on disk, and renames the file over the destination. */
  async commit(): Promise<void> {
    const file = this.stream();
    file.end();
    if (!file.writableFinished) await once(file, "finish");
    if (!file.closed) await once(file, "close");
    await rename(this.temp, this.path);
    pending.delete(this.temp);
  }

  /** Drops the temporary file; the destination is left as it was. */
  async abort(): Promise<void> {
    if (!this.file) return;
    const closed = this.file.closed ? undefined : once(this.file, "close").catch(() => undefined);
    this.file.destroy();
    // The file may still be opening: remove it only once the stream has let go of it.
    await closed;
    await unlink(this.temp).catch(() => undefined);
    pending.delete(this.temp);
  }
}
