/**
 * The French typography check the tests share: a `: ; ? !` without a no-break space before it
 * (U+00A0, or the narrow U+202F), `« »` without one inside, and an amount in `$ CA` without one.
 * URLs, times (`14:30`), code spans and JSON examples are left out of the check.
 *
 * @example
 * ```ts
 * frenchTypographyProblems("Attention : visa"); // ["« :» in: Attention : visa"]
 * ```
 */
const NBSP = "\u00a0";
const NNBSP = "\u202f";

export function frenchTypographyProblems(text: string): string[] {
  const out: string[] = [];
  const bare = text
    .replace(/https?:\/\/\S+/g, "URL")
    .replace(/\d{1,2}:\d{2}/g, "HH:MM")
    // Code is not French text: `Authorization: Bearer`, a JSON example.
    .replace(/`[^`]*`/g, "CODE")
    .replace(/\{[^}]*\}/g, "JSON");
  for (const m of bare.matchAll(/(.)([:;?!])(?=\s|$|»|")/g))
    if (m[1] !== NBSP && m[1] !== NNBSP) out.push(`«${m[1]}${m[2]}» in: ${text}`);
  for (const m of bare.matchAll(/«(.)|(.)»/g))
    if ((m[1] ?? m[2]) !== NBSP) out.push(`quotes without a no-break space in: ${text}`);
  for (const m of bare.matchAll(/(\d)(.?)\$ ?CA/g)) if (m[2] !== NBSP) out.push(`amount in: ${text}`);
  if (/\$ CA/.test(bare)) out.push(`"$ CA" without a no-break space in: ${text}`);
  return out;
}

/** A sample context for the catalogue's functions that render an assessment's text. */
const SAMPLE_CONTEXT = { profile: { citizenships: ["FR"], permit: "lmia" }, verifiedThrough: "2026-12-01" };

/**
 * Every string of a catalogue section, its functions called with sample arguments (numbers, then
 * a message context, then words), so that a string built by a function is checked too.
 */
export function allTexts(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (typeof x === "function") {
    const f = x as (...a: unknown[]) => unknown;
    for (const args of [[3, 7], [SAMPLE_CONTEXT], ["x", "y", "z"]]) {
      try {
        const out = f(...args);
        if (typeof out === "string" && !out.includes("undefined") && !out.includes("NaN")) return [out];
      } catch {
        // the next sample arguments
      }
    }
    return [];
  }
  if (x && typeof x === "object") return Object.values(x).flatMap(allTexts);
  return [];
}
