/**
 * The text encoding of a roster. UTF-8 (the default) is checked, not assumed: a byte sequence that
 * is not UTF-8 (a Windows-1252 export, say) stops the run with the line it is on, instead of
 * turning names into "�". Other encodings are converted to UTF-8 before parsing, so the parsers
 * downstream see one encoding.
 *
 * @example
 * ```ts
 * createReadStream("roster.csv").pipe(decoder("windows-1252")); // UTF-8 bytes out
 * ```
 */
import { isUtf8 } from "node:buffer";
import { Transform, type TransformCallback } from "node:stream";

export const ENCODINGS = ["utf8", "utf16le", "latin1", "windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Bytes that are not text in the encoding read. */
export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly byte: number,
  ) {
    super(
      `line ${line} is not valid UTF-8 (byte ${byte} of the file); the file may be Windows-1252 or Latin-1: save it as UTF-8, or read it with --encoding windows-1252 (or latin1, utf16le)`,
    );
    this.name = "EncodingError";
  }
}

/** How many bytes at the end of `b` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(b: Buffer): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** The offset of the first byte of `b` that does not start a valid UTF-8 sequence (failure path only). */
function firstInvalid(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len =
      c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > b.length || !isUtf8(b.subarray(i, i + len))) return i;
    i += len;
  }
  return b.length;
}

function countLines(b: Buffer, end: number): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * A decoding stream that also tells its first line (the CSV header), so the delimiter can be
 * chosen before the parser starts, without holding the data back.
 */
export abstract class Decoder extends Transform {
  private resolveHead!: (line: string) => void;
  /** The first line of text (without its line end), or what the first chunk held. */
  readonly head: Promise<string> = new Promise((resolve) => {
    this.resolveHead = resolve;
  });
  constructor() {
    super();
    // A stream that fails or closes before any text still answers (the reader then sees why).
    const unblock = () => this.tell(Buffer.alloc(0));
    this.once("error", unblock);
    this.once("close", unblock);
  }
  private told = false;
  /** Resolves `head` from the first text out (an empty input ends with an empty head). */
  protected tell(text: Buffer): void {
    if (this.told) return;
    this.told = true;
    const end = text.indexOf(10);
    this.resolveHead(text.toString("utf8", 0, end === -1 ? text.length : end));
  }
}

/** Checks UTF-8 as it flows, passing the bytes through unchanged. */
class Utf8Check extends Decoder {
  private carry: Buffer | undefined;
  private lines = 0;
  private bytes = 0;
  private started = false;
  /** Set when the data starts with a UTF-16 LE byte order mark (Excel's "Unicode text"). */
  private utf16: TextDecoder | undefined;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.started) {
      this.started = true;
      if (isUtf16leBom(chunk)) this.utf16 = new TextDecoder("utf-16le");
    }
    if (this.utf16) {
      const out = Buffer.from(this.utf16.decode(chunk, { stream: true }), "utf8");
      this.tell(out);
      done(null, out);
      return;
    }
    const b = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = incompleteTail(b);
    const body = tail ? b.subarray(0, b.length - tail) : b;
    this.carry = tail ? Buffer.from(b.subarray(b.length - tail)) : undefined;
    if (!isUtf8(body)) {
      const at = firstInvalid(body);
      this.tell(body.subarray(0, at));
      done(new EncodingError(this.lines + countLines(body, at) + 1, this.bytes + at + 1));
      return;
    }
    this.lines += countLines(body, body.length);
    this.bytes += body.length;
    this.tell(body);
    done(null, body);
  }
  override _flush(done: TransformCallback): void {
    this.tell(Buffer.alloc(0));
    if (this.utf16) {
      const rest = this.utf16.decode();
      done(null, rest ? Buffer.from(rest, "utf8") : undefined);
    } else if (this.carry) done(new EncodingError(this.lines + 1, this.bytes + 1));
    else done();
  }
}

/** Converts another encoding to UTF-8. */
class ToUtf8 extends Decoder {
  private readonly decoder: TextDecoder;
  constructor(encoding: Exclude<Encoding, "utf8">) {
    super();
    this.decoder = new TextDecoder(encoding === "utf16le" ? "utf-16le" : "windows-1252");
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const out = Buffer.from(this.decoder.decode(chunk, { stream: true }), "utf8");
    this.tell(out);
    done(null, out);
  }
  override _flush(done: TransformCallback): void {
    this.tell(Buffer.alloc(0));
    const rest = this.decoder.decode();
    done(null, rest ? Buffer.from(rest, "utf8") : undefined);
  }
}

/** The delimiters a roster may use, most common first (European Excel writes ";"). */
export const DELIMITERS = [",", ";", "\t"] as const;

/**
 * The delimiter of a CSV header line: the candidate that occurs most often outside quotes (a tie
 * goes to the comma).
 *
 * @example
 * ```ts
 * detectDelimiter("id;citizenships;permit"); // ";"
 * ```
 */
export function detectDelimiter(header: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The stream that turns the roster's bytes into checked UTF-8. */
export function decoder(encoding: Encoding): Decoder {
  return encoding === "utf8" ? new Utf8Check() : new ToUtf8(encoding);
}

/**
 * True when the first bytes are a UTF-16 little-endian byte order mark (Excel's "Unicode text"),
 * so such a file is read as UTF-16 without being told.
 */
export function isUtf16leBom(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0xff && head[1] === 0xfe;
}
