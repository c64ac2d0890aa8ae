/**
 * The frame the `batch` and `rescreen` commands share around their run: where the rows go (the
 * `-o` file, or standard output), finishing that file before the summary is printed, and how a
 * failure ends the command.
 *
 * @example
 * ```ts
 * process.exitCode = await runRosterCommand("batch", flags.output, async (output) => {
 *   const summary = await runBatch({ ...options, output: output.open() });
 *   await output.finish();
 *   return summary.errors > 0 ? 2 : 0;
 * });
 * ```
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { HeaderError } from "../../batch/columns.js";
import { UsageError } from "../../batch/io.js";

/** Where a roster command writes its rows. */
export interface RosterOutput {
  /** True when the rows go to standard output (no `-o` file). */
  readonly isStdout: boolean;
  /**
   * The destination. The file is created on the first call, not before: a run refused by its
   * checks (bad option, missing roster) must not create or empty the user's output file.
   */
  open(): Writable;
  /** Ends the file and waits until it is written; standard output is left open for the summary. */
  finish(): Promise<void>;
}

/**
 * Runs a roster command's body and returns the exit status: the body's own, 2 for a problem the
 * user can fix (a usage error or a bad CSV header), 1 for an internal fault. On a failure, an output
 * file already opened is destroyed rather than left half-written and open.
 */
export async function runRosterCommand(
  command: string,
  outputPath: string | undefined,
  body: (output: RosterOutput) => Promise<number>,
  stderr: Pick<Writable, "write"> = process.stderr,
): Promise<number> {
  let file: Writable | undefined;
  const output: RosterOutput = {
    isStdout: !outputPath,
    open() {
      if (!outputPath) return process.stdout;
      file ??= createWriteStream(outputPath);
      return file;
    },
    async finish() {
      if (!file) return;
      file.end();
      if (!file.writableFinished) await once(file, "finish");
    },
  };
  try {
    return await body(output);
  } catch (e) {
    file?.destroy();
    if (e instanceof UsageError || e instanceof HeaderError) {
      stderr.write(`poe-permit ${command}: ${e.message}\n`);
      return 2;
    }
    stderr.write(`poe-permit ${command}: internal fault: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}
