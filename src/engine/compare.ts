/**
 * The one comparison of two assessments' lists (blockers, documents, advisories, missing, refine)
 * that the re-checks share: the server's `reassess`/`recheck` (server/diff.ts) and the CLI's
 * `rescreen` (batch/rescreen.ts). Items are matched by a key, so the same conclusion worded in
 * another language is no change.
 *
 * @example
 * ```ts
 * listChanges(["arrival"], ["arrival", "jobProvince"], String); // { added: ["jobProvince"], removed: [] }
 * ```
 */

/** The items of `after` not in `before`, and those of `before` not in `after`, in their order. */
export function listChanges<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): { added: T[]; removed: T[] } {
  const b = new Set(before.map(keyOf));
  const a = new Set(after.map(keyOf));
  return { added: after.filter((x) => !b.has(keyOf(x))), removed: before.filter((x) => !a.has(keyOf(x))) };
}

/** An item's key: a string itself, or its `code` (then its JSON, for anything else). */
export const codeOf = (item: unknown): string =>
  typeof item === "string" ? item : String((item as { code?: unknown }).code ?? JSON.stringify(item));
