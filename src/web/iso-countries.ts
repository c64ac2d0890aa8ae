/**
 * The browser's stand-in for `i18n-iso-countries` (vite.config.ts aliases it): the same answers for
 * the calls the engine and the interview make (`registerLocale`, `getName` with `select:
 * "official"`, `getAlpha2Codes`, `isValid` on an upper-case alpha-2 code), from the two locale files they register. The package itself also
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

/** The official (first) name of `code` in `lang`, `undefined` when either is unknown. */
export function getName(code: string, lang: string, _options?: { select?: "official" }): string | undefined {
  const v = locales.get(lang)?.[String(code).toUpperCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Every ISO 3166-1 alpha-2 code, as the keys of the object (the values are the codes again). */
export function getAlpha2Codes(): Record<string, string> {
  return Object.fromEntries(Object.keys((en as Locale).countries).map((k) => [k, k]));
}

/** Whether `code` is an ISO 3166-1 alpha-2 code (the interview asks only this of it: `resolveCountry`). */
export function isValid(code: string): boolean {
  return Object.hasOwn((en as Locale).countries, code);
}

export default { registerLocale, getName, getAlpha2Codes, isValid };
