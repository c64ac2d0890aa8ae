/**
 * Word wrapping for the terminal: lines no wider than the width, broken only at spaces, so a word or
 * a URL is never cut in two. A word wider than the line stays whole on a line of its own (the
 * terminal folds it, and copying it gives the whole URL back).
 *
 * @example
 * ```ts
 * wrapWords("it can decide “…” — IRPR 198(1), https://laws-lois.justice.gc.ca/…", 40);
 * ```
 */

/** The text's display width (each code point counts one column; the interview's texts have no wide characters). */
export function width(text: string): number {
  return [...text].length;
}

/** One paragraph as lines of at most `columns` columns, breaking at spaces only. */
export function wrapWords(text: string, columns: number): string[] {
  const max = Math.max(columns, 10);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    if (word === "") continue;
    if (line === "") line = word;
    else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A block of text (one paragraph per line) with a prefix on every line, wrapped to fit `columns`;
 * the lines after a paragraph's first get `indent` after the prefix.
 */
export function wrapBlock(
  paragraphs: readonly string[],
  columns: number,
  prefix: string,
  indent = "",
): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const lead = /^ */.exec(p)![0];
    const [first, ...rest] = wrapWords(
      p.slice(lead.length),
      columns - width(prefix) - width(lead) - width(indent),
    );
    out.push(`${prefix}${lead}${first}`);
    for (const l of rest) out.push(`${prefix}${lead}${indent}${l}`);
  }
  return out;
}
