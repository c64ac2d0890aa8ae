/**
 * An answer in words, one way for every surface: the terminal interview's summaries (with the
 * country code after the name, as typed there) and the web page (names only, dates in the page's
 * language). Only the style differs; what each kind of question's answer reads as is written once.
 *
 * @example
 * ```ts
 * answerInWords(QUESTIONS.citizenships, ["DE"], "fr", { words, countryCodes: true, date: (d) => d });
 * // "Allemagne (DE)"
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { countryLabel } from "./countries.js";
import type { Question } from "./questions.js";

/** The surface's own words for the answers that are not a choice's label. */
export interface AnswerWords {
  yes: string;
  no: string;
  dontKnow: string;
  /** "None of these", for an empty list of countries or a date that does not apply. */
  none: string;
}

export interface AnswerStyle {
  words: AnswerWords;
  /** Whether a country's ISO code follows its name: "Allemagne (DE)". */
  countryCodes: boolean;
  /** An ISO date as the surface writes it. */
  date: (iso: string) => string;
}

export function answerInWords(q: Question, value: unknown, lang: Lang, style: AnswerStyle): string {
  const { words } = style;
  const country = (code: unknown) =>
    style.countryCodes ? `${countryLabel(String(code), lang)} (${code})` : countryLabel(String(code), lang);
  if (value === undefined) return words.dontKnow;
  switch (q.kind) {
    case "yes-no":
      return value ? words.yes : words.no;
    case "one-of":
      return q.choices.find((c) => c.value === value)?.label[lang] ?? String(value);
    case "several-of":
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => q.choices.find((c) => c.value === v)?.label[lang] ?? String(v)).join(", ")
        : q.noneLabel[lang];
    case "country":
      return country(value);
    case "countries":
      return Array.isArray(value) && value.length > 0 ? value.map(country).join(", ") : words.none;
    case "date":
      return value === null ? (q.noneLabel?.[lang] ?? words.none) : style.date(String(value));
    case "number":
      // A no-break space keeps the number with its unit (French typography; harmless in English).
      return `${value}\u00a0${q.unit[lang]}`;
    case "text":
      return String(value);
  }
}
