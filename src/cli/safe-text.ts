/**
 * Text for a terminal: what a user typed (ids, unknown keys, country codes, cells) is echoed back
 * in messages, and an escape sequence in it would be run by the terminal (move the cursor, change
 * the title, hide text). Every control character but the line feed is shown as a visible escape.
 *
 * @example
 * ```ts
 * forPeople('unknown key "\u001b[31mred"'); // 'unknown key "\\x1b[31mred"'
 * ```
 */

// C0 controls except LF, DEL, C1 controls, and the bidirectional overrides that reorder text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
};

/** The text with every control character (but line feeds) replaced by a visible escape. */
export function forPeople(text: string): string {
  return text.replace(CONTROL, visible);
}
