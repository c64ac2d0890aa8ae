/**
 * The JSON forms a roster may come in, read as a stream of rows: JSON Lines (one profile per line),
 * a JSON array of profiles, or pretty-printed profiles (one, as `assess` reads it and the interview
 * saves it, or several one after the other). The first value decides: `[` is an array; a value
 * that ends on its first line means JSON Lines; one that goes on is read value by value. Each row
 * keeps the line it starts on, and its text is parsed later (per row), so a bad profile is an
 * error row and the others still run.
 *
 * @example
 * ```ts
 * for await (const row of readJsonRows(Readable.from(['[{"permit":"pgwp"},\n {"permit":"iec"}]'])))
 *   console.log(row.line, row.text); // 1 {"permit":"pgwp"}, then 2 {"permit":"iec"}
 * ```
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

export interface JsonRow {
  line: number;
  kind: "jsonl";
  text: string;
  /** Bytes of input read up to the end of the line the row ends on. */
  end: number;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Cuts JSON text into top-level values (or, in an array, its elements) without parsing them:
 * only brackets and strings are tracked. Fed one line at a time.
 */
class ValueCutter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private startLine = 0;
  private buf = "";
  private opened = false;
  /** An array's closing `]` has been read. */
  closed = false;

  constructor(private readonly array: boolean) {}

  /** The values that end in this line (`text` includes its line break). */
  feed(text: string, line: number, out: { line: number; text: string }[]): void {
    let seg = this.started ? 0 : -1; // where the current value's text starts in this line
    const emit = (endIndex: number) => {
      out.push({ line: this.startLine, text: (this.buf + text.slice(seg, endIndex)).trim() });
      this.buf = "";
      this.started = false;
      seg = -1;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \ */) this.escaped = true;
        else if (c === 34 /* " */) this.inString = false;
        continue;
      }
      if (this.array && !this.opened) {
        if (c === 91 /* [ */) this.opened = true;
        else if (!isSpace(c)) this.begin(line, i, (s) => (seg = s), c);
        continue;
      }
      if (this.depth > 0) {
        if (c === 123 || c === 91) this.depth++;
        else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === 0 && !this.array) emit(i + 1);
        } else if (c === 34) this.inString = true;
        continue;
      }
      // Between values, or in a value that is not an object or an array.
      if (!this.started) {
        if (isSpace(c)) continue;
        if (this.array && !this.closed && c === 44 /* , */) continue;
        if (this.array && !this.closed && c === 93 /* ] */) {
          this.closed = true;
          continue;
        }
        this.begin(line, i, (s) => (seg = s), c);
        continue;
      }
      if (this.array && !this.closed && (c === 44 || c === 93)) {
        emit(i);
        if (c === 93) this.closed = true;
      } else if (!this.array && isSpace(c)) emit(i);
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 34) this.inString = true;
    }
    if (this.started) this.buf += text.slice(seg === -1 ? 0 : seg);
  }

  private begin(line: number, i: number, setSeg: (s: number) => void, c: number): void {
    this.started = true;
    this.startLine = line;
    setSeg(i);
    if (c === 123 || c === 91) this.depth = 1;
    else if (c === 34) this.inString = true;
  }

  /** What is left at the end of the input: a value cut short, or an array never closed. */
  finish(line: number, out: { line: number; text: string }[]): void {
    if (this.started) out.push({ line: this.startLine, text: this.buf.trim() });
    // An empty text is not JSON: the row says the input ended early.
    if (this.array && this.opened && !this.closed) out.push({ line, text: "" });
  }

  /** True when no value is under way (the last one fed ended). */
  get idle(): boolean {
    return !this.started && this.depth === 0 && !this.inString;
  }
}

/** Reads a JSON roster (JSON Lines, an array, or pretty-printed profiles) as rows. */
export async function* readJsonRows(source: Readable): AsyncGenerator<JsonRow> {
  if (source.errored) throw source.errored;
  const decoder = new StringDecoder("utf8");
  let mode: "start" | "lines" | "values" = "start";
  let cutter: ValueCutter | undefined;
  let line = 0;
  let end = 0;
  let pending = "";
  const cut: { line: number; text: string }[] = [];

  function* onLine(raw: string, hasBreak: boolean): Generator<JsonRow> {
    line++;
    end += Buffer.byteLength(raw) + (hasBreak ? 1 : 0);
    let text = raw;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (mode === "start") {
      const first = text.trimStart();
      if (first === "") return;
      if (first.startsWith("[")) {
        mode = "values";
        cutter = new ValueCutter(true);
      } else if (first.startsWith("{")) {
        // Does the first profile end on its line (JSON Lines), or go on (pretty-printed)?
        const probe = new ValueCutter(false);
        const probed: { line: number; text: string }[] = [];
        probe.feed(text, line, probed);
        if (probe.idle) mode = "lines";
        else {
          mode = "values";
          cutter = new ValueCutter(false);
        }
      } else mode = "lines";
    }
    if (mode === "lines") {
      const body = text.endsWith("\r") ? text.slice(0, -1) : text;
      if (body.trim() !== "") yield { line, kind: "jsonl", text: body, end };
      return;
    }
    cutter!.feed(hasBreak ? `${text}\n` : text, line, cut);
    for (const v of cut) yield { line: v.line, kind: "jsonl", text: v.text, end };
    cut.length = 0;
  }

  for await (const chunk of source) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let from = 0;
    for (let nl = pending.indexOf("\n"); nl !== -1; nl = pending.indexOf("\n", from)) {
      yield* onLine(pending.slice(from, nl), true);
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  pending += decoder.end();
  if (pending !== "") yield* onLine(pending, false);
  if (cutter) {
    cutter.finish(line, cut);
    for (const v of cut) yield { line: v.line, kind: "jsonl", text: v.text, end };
  }
}
