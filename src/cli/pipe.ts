/**
 * A reader that stops early (`poe-permit batch roster.csv | head -1`) closes the pipe; the next
 * write then fails with EPIPE. That is the reader's choice, not a fault: stop at once and quietly,
 * with status 0, instead of printing a stack trace.
 *
 * @example
 * ```ts
 * quietOnClosedPipe(process.stdout);
 * ```
 */
import type { Writable } from "node:stream";

export function quietOnClosedPipe(stream: Writable): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}
