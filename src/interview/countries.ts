/**
 * Country names (EN/FR) and a forgiving search, for the interview's country questions. Only the two
 * locales are registered, so the browser bundle stays small.
 *
 * @example
 * ```ts
 * countryLabel("DE", "fr"); // "Allemagne"
 * searchCountries("etats", "fr")[0]?.code; // "US"
 * searchCountries("india", "en")[0]?.code; // "IN" (before British Indian Ocean Territory)
 * resolveCountry("uk", "en"); // "GB"
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

/**
 * Common names people type that the country lists do not carry (folded: lower case, no accents).
 * The lists' own alternatives ("USA", "UK", "Russia", "Czechia") come from i18n-iso-countries.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ["america", "etats-unis", "amerique"],
  GB: ["britain", "england", "scotland", "wales", "grande-bretagne", "angleterre", "ecosse"],
  NL: ["holland", "hollande"],
  KR: ["korea", "coree"],
  AE: ["uae", "emirates", "emirats"],
  VA: ["vatican"],
  CZ: ["tchequie"],
};

/** Every name a country goes by, folded: each language's names and alternatives, and our aliases. */
function namesOf(code: string): string[] {
  const names = new Set<string>();
  for (const l of ["en", "fr"] as const) {
    for (const n of countries.getName(code, l, { select: "all" }) ?? []) names.add(fold(n));
  }
  for (const a of ALIASES[code] ?? []) names.add(a);
  return [...names];
}

/**
 * How well a search text matches a country, best first: 0 its two- or three-letter code or one of its
 * names exactly, 1 a name starting with the text, 2 a word of a name starting with it; `undefined`
 * when it does not match.
 */
export function matchRank(query: string, code: string): number | undefined {
  const q = fold(query);
  if (q === "") return 2;
  if (code.toLowerCase() === q || countries.alpha2ToAlpha3(code)?.toLowerCase() === q) return 0;
  const names = namesOf(code);
  const bare = (t: string) => t.replace(/[.\s'’-]+/g, "");
  if (names.some((n) => n === q || bare(n) === bare(q))) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  if (names.some((n) => n.split(/[\s'’(),-]+/).some((w) => w.startsWith(q)))) return 2;
  return undefined;
}

/** Whether a search text matches a country (by code, or by any name or word start, in either language). */
export function countryMatches(query: string, code: string, _lang?: Lang): boolean {
  return matchRank(query, code) !== undefined;
}

/** Countries matching a search text: exact codes and names first, then names, then words starting with it. */
export function searchCountries(query: string, lang: Lang): CountryOption[] {
  const ranked = allCountries(lang)
    .map((c) => ({ c, rank: matchRank(query, c.code) }))
    .filter((x): x is { c: CountryOption; rank: number } => x.rank !== undefined);
  // Array.prototype.sort is stable: within a rank, the names stay in alphabetical order.
  return ranked.sort((a, b) => a.rank - b.rank).map((x) => x.c);
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
  const exact = allCountries(lang).filter((c) => matchRank(raw, c.code) === 0);
  if (exact.length === 1) return exact[0]!.code;
  const hits = searchCountries(raw, lang);
  return hits.length === 1 ? hits[0]!.code : undefined;
}
