/**
 * The browser's stand-in for `i18n-iso-countries` (vite.config.ts aliases it): the same answers for
 * the calls the engine and the interview make (`registerLocale`, `getName` with `select:
 * "official"` or `"all"`, `getAlpha2Codes`, `isValid` on an upper-case alpha-2 code), from the two
 * locale files they register. One call answers differently: `alpha2ToAlpha3` knows no alpha-3 code,
 * so the page's search finds a country by its alpha-2 code and its names, not by its alpha-3 code
 * (the terminal interview does). The package itself also
 * bundles every alpha-3 and numeric code and a diacritics table that the page never uses; this keeps
 * them out of the page's JavaScript. `iso-countries.test.ts` checks it against the package.
 *
 * @example
 * ```ts
 * registerLocale(fr); getName("de", "fr", { select: "official" }); // "Allemagne"
 * ```
 */
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

type Names = Record<string, string | string[]>;
interface Locale {
  locale: string;
  countries: Names;
}

const locales = new Map<string, Names>();

export function registerLocale(l: Locale): void {
  locales.set(l.locale, l.countries);
}

/**
 * The official (first) name of `code` in `lang`, or with `select: "all"` every name it goes by;
 * `undefined` when either is unknown.
 */
export function getName(code: string, lang: string, options?: { select?: "official" }): string | undefined;
export function getName(code: string, lang: string, options: { select: "all" }): string[] | undefined;
export function getName(
  code: string,
  lang: string,
  options?: { select?: "official" | "all" },
): string | string[] | undefined {
  const v = locales.get(lang)?.[String(code).toUpperCase()];
  if (options?.select === "all") return v === undefined ? undefined : Array.isArray(v) ? [...v] : [v];
  return Array.isArray(v) ? v[0] : v;
}

/** No alpha-3 codes in the page (see above). */
export function alpha2ToAlpha3(_code: string): string | undefined {
  return undefined;
}

/** Every ISO 3166-1 alpha-2 code, as the keys of the object (the values are the codes again). */
export function getAlpha2Codes(): Record<string, string> {
  return Object.fromEntries(Object.keys((en as Locale).countries).map((k) => [k, k]));
}

/** Whether `code` is an ISO 3166-1 alpha-2 code (the interview asks only this of it: `resolveCountry`). */
export function isValid(code: string): boolean {
  return Object.hasOwn((en as Locale).countries, code);
}

export default { registerLocale, getName, getAlpha2Codes, isValid, alpha2ToAlpha3 };
