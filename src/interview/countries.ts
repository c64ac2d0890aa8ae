/**
 * Country names (EN/FR) and a forgiving search, for the interview's country questions. Only the two
 * locales are registered, so the browser bundle stays small.
 *
 * @example
 * ```ts
 * countryLabel("DE", "fr"); // "Allemagne"
 * searchCountries("etats", "fr")[0]?.code; // "US"
 * resolveCountry("france", "en"); // "FR"
 * ```
 */
import countries from "i18n-iso-countries";
import enNames from "i18n-iso-countries/langs/en.json" with { type: "json" };
import frNames from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import type { Lang } from "../contract/assessment.js";

countries.registerLocale(enNames);
countries.registerLocale(frNames);

export interface CountryOption {
  code: string;
  name: string;
}

/** The country's common name in a language, or the code if unknown. */
export function countryLabel(code: string, lang: Lang): string {
  return countries.getName(code, lang, { select: "official" }) ?? code;
}

/** Lower case, accents removed, so "Etats" finds "États-Unis". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

const cache = new Map<Lang, CountryOption[]>();

/** Every alpha-2 code with its name, sorted by name in that language. */
export function allCountries(lang: Lang): CountryOption[] {
  let list = cache.get(lang);
  if (!list) {
    const collator = new Intl.Collator(lang === "fr" ? "fr-CA" : "en-CA");
    list = Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ code, name: countryLabel(code, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(lang, list);
  }
  return list;
}

/** Whether a search text matches a country (by code, or by any word start of its names in either language). */
export function countryMatches(query: string, code: string, lang: Lang): boolean {
  const q = fold(query);
  if (q === "") return true;
  if (code.toLowerCase() === q) return true;
  const names = [countryLabel(code, lang), countryLabel(code, lang === "en" ? "fr" : "en")].map(fold);
  return names.some((n) => n.startsWith(q) || n.split(/[\s'’-]+/).some((w) => w.startsWith(q)));
}

/** Countries matching a search text, exact code first. */
export function searchCountries(query: string, lang: Lang): CountryOption[] {
  const q = fold(query);
  const hits = allCountries(lang).filter((c) => countryMatches(query, c.code, lang));
  return hits.sort((a, b) => Number(b.code.toLowerCase() === q) - Number(a.code.toLowerCase() === q));
}

/** A typed country (code or full name, either language) as its alpha-2 code, or `undefined`. */
export function resolveCountry(input: string, lang: Lang): string | undefined {
  const raw = input.trim();
  if (/^[A-Za-z]{2}$/.test(raw) && countries.isValid(raw.toUpperCase())) return raw.toUpperCase();
  const q = fold(raw);
  for (const l of [lang, lang === "en" ? "fr" : "en"] as const) {
    const hit = allCountries(l).find((c) => fold(c.name) === q);
    if (hit) return hit.code;
  }
  const hits = searchCountries(raw, lang);
  return hits.length === 1 ? hits[0]!.code : undefined;
}
