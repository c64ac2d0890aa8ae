/**
 * A list to choose from, one answer or several: the cursor row is marked `❯` (visible without
 * colour), no row is active until the traveller moves (unless an earlier answer is offered back),
 * and keys answer directly where a question has them (`y`/`n`, `o`/`n` in French).
 */
import { Prompt } from "@clack/core";
import { BAR, frame, row } from "./frame.js";
import { isSpecial, type Row } from "./specials.js";

export interface ChoiceOptions {
  message: string;
  rows: readonly Row[];
  /** Several answers may be checked (Space); the special rows still answer alone. */
  multiple: boolean;
  /** The row the cursor starts on; -1 for none. */
  cursor: number;
  checked?: readonly unknown[];
  /** Keys that answer at once, e.g. `{ y: true, n: false }`. */
  keys?: Readonly<Record<string, unknown>>;
  hints: string;
  /** Said when Enter is pressed with no row active. */
  noRow: string;
  /** How many rows to show at once (the list scrolls). */
  window?: number;
  /** The answer as shown once given. */
  recap: (value: unknown) => string;
}

/** The rows to show: a window of `size` rows that keeps the cursor in view. */
export function windowOf(count: number, cursor: number, size: number): [number, number] {
  if (count <= size) return [0, count];
  const start = Math.min(Math.max(cursor - Math.floor(size / 2), 0), count - size);
  return [start, start + size];
}

export function choose(o: ChoiceOptions): Promise<unknown> {
  let cursor = o.cursor;
  const checked = new Set(o.checked ?? []);
  const n = o.rows.length;
  const prompt: Prompt<unknown> = new Prompt<unknown>(
    {
      render() {
        const [from, to] = windowOf(n, cursor, o.window ?? 14);
        const body: string[] = [];
        if (from > 0) body.push(`${BAR}    …`);
        for (let i = from; i < to; i++) {
          const r = o.rows[i]!;
          body.push(
            row(r.label, i === cursor, o.multiple && !isSpecial(r.value) ? checked.has(r.value) : undefined),
          );
        }
        if (to < n) body.push(`${BAR}    …`);
        return frame({
          state: this.state,
          message: o.message,
          body,
          hints: o.hints,
          answer: o.recap(this.value),
          error: this.error,
        });
      },
      validate: (value) => (value === undefined ? o.noRow : undefined),
    },
    false,
  );
  prompt.on("cursor", (action) => {
    if (action === "up" || action === "left") cursor = cursor <= 0 ? n - 1 : cursor - 1;
    else if (action === "down" || action === "right") cursor = cursor >= n - 1 || cursor < 0 ? 0 : cursor + 1;
    else if (action === "space" && o.multiple && cursor >= 0) {
      const v = o.rows[cursor]!.value;
      if (!isSpecial(v)) {
        if (checked.has(v)) checked.delete(v);
        else checked.add(v);
      }
    }
  });
  prompt.on("key", (ch, key) => {
    if (key?.name === "return") {
      const at = cursor >= 0 ? o.rows[cursor]!.value : undefined;
      if (!o.multiple) prompt.value = at;
      else if (at !== undefined && isSpecial(at) && checked.size === 0) prompt.value = at;
      else prompt.value = o.rows.filter((r) => checked.has(r.value)).map((r) => r.value);
      return;
    }
    const k = ch?.toLowerCase();
    if (k && o.keys && k in o.keys && !key?.ctrl) {
      prompt.value = o.keys[k];
      prompt.state = "submit";
    }
  });
  return prompt.prompt();
}
