/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula, so a roster's cell such as `=HYPERLINK(…)` copied
 * into the output would run when HR opens it. OWASP's advice is followed: such a cell is written
 * with a leading apostrophe, which spreadsheets show as text. Reading a roster undoes it, so a
 * batch output read back (by `rescreen`, or `batch` again) gives the cells as first written.
 *
 * @example
 * ```ts
 * neutralise("=1+2"); // "'=1+2"
 * restore("'=1+2"); // "=1+2"
 * ```
 */

/** True when a spreadsheet would treat a cell starting with this character code as a formula. */
function isTrigger(code: number): boolean {
  // = + - @ tab CR
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13;
}

/** The cell as written into CSV output: prefixed with `'` when a spreadsheet would run it. */
export function neutralise(cell: string): string {
  return cell.length > 0 && isTrigger(cell.charCodeAt(0)) ? `'${cell}` : cell;
}

/** A cell read from CSV input: a prefix added by `neutralise` is taken off. */
export function restore(cell: string): string {
  return cell.length > 1 && cell.charCodeAt(0) === 39 && isTrigger(cell.charCodeAt(1)) ? cell.slice(1) : cell;
}
