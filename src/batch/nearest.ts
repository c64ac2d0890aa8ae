/**
 * The known name closest to a misspelt one ("citizenshps" → "citizenships", "ID" → "id"), for a
 * "did you mean" hint; `undefined` when nothing is close enough to be a likely typo.
 *
 * @example
 * ```ts
 * nearestName("Citizenship", ["citizenships", "permit"]); // "citizenships"
 * ```
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const want = normalise(name);
  if (want === "") return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = distance(want, normalise(k));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  // Up to a third of the name may differ (at least 1, at most 3 edits).
  const allowed = Math.min(3, Math.max(1, Math.floor(want.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s_-]/g, "");

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
