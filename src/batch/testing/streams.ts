/**
 * Stream helpers for the batch tests: a destination that keeps what a run writes, and a reader for
 * the JSON Lines it writes.
 */
import { Writable } from "node:stream";

/** A writable that collects everything written to it; `text()` gives it back as one string. */
export function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return Object.assign(w, { text: () => chunks.join("") });
}

/** Parses JSON Lines output, one value per line (a trailing newline is expected, not an empty row). */
// biome-ignore lint/suspicious/noExplicitAny: the tests read rows of several shapes by property
export function jsonLines(text: string): any[] {
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
}
