/**
 * The browser's stand-in for `i18n-iso-countries` (vite.config.ts aliases it): the same answers for
 * the calls the engine and the interview make (`registerLocale`, `getName` with `select:
 * "official"` or `"all"`, `getAlpha2Codes`, `isValid` and `alpha2ToAlpha3` on an upper-case
 * alpha-2 code), from the two locale files they register and one string of alpha-3 codes. The
 * package itself also bundles numeric codes, alpha-3 → alpha-2 tables and a diacritics table that
 * the page never uses; this keeps them out of the page's JavaScript. `iso-countries.test.ts`
 * checks every answer against the package.
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

/**
 * The alpha-3 code of every alpha-2 code, three letters each, in the alpha-2 codes' sorted order:
 * the most compact form the page can carry, so that a country is found by its alpha-3 code too
 * (`DEU`, `GBR`), as in the terminal interview. Copied from the package; the test compares them.
 */
const ALPHA3_IN_ALPHA2_ORDER =
  "ANDAREAFGATGAIAALBARMAGOATAARGASMAUTAUSABWALAAZEBIHBRBBGDBELBFABGRBHRBDIBENBLMBMUBRNBOLBES" +
  "BRABHSBTNBVTBWABLRBLZCANCCKCODCAFCOGCHECIVCOKCHLCMRCHNCOLCRICUBCPVCUWCXRCYPCZEDEUDJIDNKDMA" +
  "DOMDZAECUESTEGYESHERIESPETHFINFJIFLKFSMFROFRAGABGBRGRDGEOGUFGGYGHAGIBGRLGMBGINGLPGNQGRCSGS" +
  "GTMGUMGNBGUYHKGHMDHNDHRVHTIHUNIDNIRLISRIMNINDIOTIRQIRNISLITAJEYJAMJORJPNKENKGZKHMKIRCOMKNA" +
  "PRKKORKWTCYMKAZLAOLBNLCALIELKALBRLSOLTULUXLVALBYMARMCOMDAMNEMAFMDGMHLMKDMLIMMRMNGMACMNPMTQ" +
  "MRTMSRMLTMUSMDVMWIMEXMYSMOZNAMNCLNERNFKNGANICNLDNORNPLNRUNIUNZLOMNPANPERPYFPNGPHLPAKPOLSPM" +
  "PCNPRIPSEPRTPLWPRYQATREUROUSRBRUSRWASAUSLBSYCSDNSWESGPSHNSVNSJMSVKSLESMRSENSOMSURSSDSTPSLV" +
  "SXMSYRSWZTCATCDATFTGOTHATJKTKLTLSTKMTUNTONTURTTOTUVTWNTZAUKRUGAUMIUSAURYUZBVATVCTVENVGBVIR" +
  "VNMVUTWLFWSMXKKYEMMYTZAFZMBZWE";
const SORTED_ALPHA2 = Object.keys((en as Locale).countries).sort();
const ALPHA3 = new Map(SORTED_ALPHA2.map((a2, i) => [a2, ALPHA3_IN_ALPHA2_ORDER.slice(3 * i, 3 * i + 3)]));

/** The ISO 3166-1 alpha-3 code of an upper-case alpha-2 code, as the package gives it; else `undefined`. */
export function alpha2ToAlpha3(code: string): string | undefined {
  return ALPHA3.get(code);
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
