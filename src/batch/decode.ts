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

/** Checks UTF-8 as it flows, passing the bytes through unchanged. */
class Utf8Check extends Transform {
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
      done(null, Buffer.from(this.utf16.decode(chunk, { stream: true }), "utf8"));
      return;
    }
    const b = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = incompleteTail(b);
    const body = tail ? b.subarray(0, b.length - tail) : b;
    this.carry = tail ? Buffer.from(b.subarray(b.length - tail)) : undefined;
    if (!isUtf8(body)) {
      const at = firstInvalid(body);
      done(new EncodingError(this.lines + countLines(body, at) + 1, this.bytes + at + 1));
      return;
    }
    this.lines += countLines(body, body.length);
    this.bytes += body.length;
    done(null, body);
  }
  override _flush(done: TransformCallback): void {
    if (this.utf16) {
      const rest = this.utf16.decode();
      done(null, rest ? Buffer.from(rest, "utf8") : undefined);
    } else if (this.carry) done(new EncodingError(this.lines + 1, this.bytes + 1));
    else done();
  }
}

/** Converts another encoding to UTF-8. */
class ToUtf8 extends Transform {
  private readonly decoder: TextDecoder;
  constructor(encoding: Exclude<Encoding, "utf8">) {
    super();
    this.decoder = new TextDecoder(encoding === "utf16le" ? "utf-16le" : "windows-1252");
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    done(null, Buffer.from(this.decoder.decode(chunk, { stream: true }), "utf8"));
  }
  override _flush(done: TransformCallback): void {
    const rest = this.decoder.decode();
    done(null, rest ? Buffer.from(rest, "utf8") : undefined);
  }
}

/** The stream that turns the roster's bytes into checked UTF-8. */
export function decoder(encoding: Encoding): Transform {
  return encoding === "utf8" ? new Utf8Check() : new ToUtf8(encoding);
}

/**
 * True when the first bytes are a UTF-16 little-endian byte order mark (Excel's "Unicode text"),
 * so such a file is read as UTF-16 without being told.
 */
export function isUtf16leBom(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0xff && head[1] === 0xfe;
}
