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
import type { Writable } from "node:stream";
import { HeaderError } from "../../batch/columns.js";
import { EncodingError } from "../../batch/decode.js";
import { AtomicFile, refuseOverwritingInput } from "../../batch/output-file.js";
import { UsageError } from "../../batch/usage-error.js";
import type { Lang } from "../../contract/assessment.js";
import { catalogue } from "../../i18n/catalogue.js";
import { forPeople } from "../safe-text.js";

/** Where a roster command writes its rows. */
export interface RosterOutput {
  /** True when the rows go to standard output (no `-o` file). */
  readonly isStdout: boolean;
  /**
   * The destination. The file is created on the first call, not before: a run refused by its
   * checks (bad option, missing roster) must not create or empty the user's output file.
   */
  open(): Writable;
  /**
   * Ends the file, waits until it is written and renames it into place; standard output is left
   * open for the summary.
   */
  finish(): Promise<void>;
}

/**
 * Runs a roster command's body and returns the exit status: the body's own, 2 for a problem the
 * user can fix (a usage error, a bad CSV header, bytes that are not text), 1 for an internal fault.
 * The output file is refused when it is the input; it is written under a temporary name and renamed
 * into place only when the body succeeds, so a failure leaves the previous file untouched.
 */
export async function runRosterCommand(
  command: string,
  io: { input: string; output: string | undefined; lang?: Lang },
  body: (output: RosterOutput) => Promise<number>,
  stderr: Pick<Writable, "write"> = process.stderr,
): Promise<number> {
  const file = io.output ? new AtomicFile(io.output) : undefined;
  const output: RosterOutput = {
    isStdout: !file,
    open() {
      return file ? file.stream() : process.stdout;
    },
    async finish() {
      if (file?.opened) await file.commit();
    },
  };
  try {
    if (io.output)
      await refuseOverwritingInput(io.output, [io.input], catalogue(io.lang ?? "en").cli.outputIsInput);
    return await body(output);
  } catch (e) {
    await file?.abort();
    if (e instanceof UsageError || e instanceof HeaderError || e instanceof EncodingError) {
      stderr.write(forPeople(`poe-permit ${command}: ${e.message}\n`));
      return 2;
    }
    stderr.write(forPeople(`poe-permit ${command}: internal fault: ${(e as Error).stack ?? e}\n`));
    return 1;
  }
}
