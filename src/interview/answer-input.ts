/**
 * Typed answers from text (for the line-by-line mode and free-text prompts) and back to text (for
 * summaries). Accepts both languages' words: "oui"/"yes", "non"/"no", option numbers, values or labels.
 *
 * @example
 * ```ts
 * parseAnswer(QUESTIONS.usPermanentResident, "oui", "fr"); // { ok: true, value: true }
 * parseAnswer(QUESTIONS.citizenships, "France, mexique", "en"); // { ok: true, value: ["FR", "MX"] }
 * formatAnswer(QUESTIONS.permit, "lmia", "fr"); // "Lié à un employeur, avec une EIMT"
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { easternWallOffset, isIsoDate } from "../rulebook/time.js";
import { answerInWords } from "./answer-text.js";
import { fold, resolveCountry } from "./countries.js";
import { messages } from "./messages.js";
import type { Choice, Question } from "./questions.js";

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

const YES = new Set(["y", "yes", "o", "oui", "true", "1"]);
const NO = new Set(["n", "no", "non", "false", "0"]);
/** "None" words; "no"/"non" are not among them for countries ("NO" is Norway). */
const NONE = new Set(["", "none", "aucun", "aucune", "-"]);
const NONE_OR_NO = new Set([...NONE, "no", "non", "0"]);

function pickChoice(choices: readonly Choice[], raw: string): Choice | undefined {
  const t = fold(raw);
  const index = /^\d+$/.test(t) ? Number(t) : Number.NaN;
  // A numeric value (TEER 0–5) is matched by value before position.
  const byValue = choices.find((c) => fold(String(c.value)) === t);
  if (byValue) return byValue;
  if (Number.isInteger(index) && index >= 1 && index <= choices.length) return choices[index - 1];
  return choices.find((c) => fold(c.label.en) === t || fold(c.label.fr) === t);
}

/** The UTC offset (e.g. "-05:00") of Eastern Time at a wall-clock date and time. */
export const easternOffset = easternWallOffset;

/** Parses a typed answer for a question. Special tokens ("?", "<") are handled by the caller. */
export function parseAnswer(q: Question, raw: string, lang: Lang): Parsed {
  const m = messages(lang);
  const text = raw.trim();
  switch (q.kind) {
    case "yes-no": {
      const t = fold(text);
      if (YES.has(t)) return { ok: true, value: true };
      if (NO.has(t)) return { ok: true, value: false };
      return { ok: false, error: m.invalidYesNo };
    }
    case "one-of": {
      const c = pickChoice(q.choices, text);
      return c ? { ok: true, value: c.value } : { ok: false, error: m.invalidChoice };
    }
    case "several-of": {
      if (NONE_OR_NO.has(fold(text))) return { ok: true, value: [] };
      const values: unknown[] = [];
      for (const part of text.split(",")) {
        const c = pickChoice(q.choices, part);
        if (!c) return { ok: false, error: `${m.invalidChoice} (${part.trim()})` };
        if (!values.includes(c.value)) values.push(c.value);
      }
      return { ok: true, value: values };
    }
    case "country": {
      const code = resolveCountry(text, lang);
      return code ? { ok: true, value: code } : { ok: false, error: m.invalidCountry };
    }
    case "countries": {
      if (q.noneAllowed && NONE.has(fold(text))) return { ok: true, value: [] };
      const codes: string[] = [];
      for (const part of text.split(/[,;]/)) {
        const code = resolveCountry(part, lang);
        if (!code) return { ok: false, error: `${m.invalidCountry} (${part.trim()})` };
        if (!codes.includes(code)) codes.push(code);
      }
      return codes.length > 0 ? { ok: true, value: codes } : { ok: false, error: m.invalidCountry };
    }
    case "date": {
      if (q.noneLabel && (NONE_OR_NO.has(fold(text)) || fold(text) === fold(q.noneLabel[lang])))
        return { ok: true, value: null };
      if (isIsoDate(text)) return { ok: true, value: text };
      const dt = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/.exec(text);
      if (q.withTime && dt && isIsoDate(dt[1]!) && Number(dt[2]) < 24 && Number(dt[3]) < 60) {
        const time = `${dt[2]}:${dt[3]}`;
        return { ok: true, value: `${dt[1]}T${time}:00${easternOffset(dt[1]!, time)}` };
      }
      return { ok: false, error: q.withTime ? m.invalidDateTime : m.invalidDate };
    }
    case "number": {
      const n = Number(text.replace(",", "."));
      const bad = `${m.invalidNumber} ${m.between} ${q.min} ${m.and} ${q.max}.`;
      if (text === "" || !Number.isFinite(n) || n < q.min || n > q.max) return { ok: false, error: bad };
      if (q.integer && !Number.isInteger(n)) return { ok: false, error: bad };
      return { ok: true, value: n };
    }
    case "text": {
      for (const candidate of [text, text.toUpperCase()]) {
        if (q.pattern.test(candidate)) return { ok: true, value: candidate };
      }
      return { ok: false, error: `${m.invalidText} ${q.example}` };
    }
  }
}

/** A value as words, for the terminal's summaries and defaults (country codes after the names). */
export function formatAnswer(q: Question, value: unknown, lang: Lang): string {
  const m = messages(lang);
  const words = { yes: m.yes, no: m.no, dontKnow: m.dontKnow, none: m.noneOfThese };
  return answerInWords(q, value, lang, { words, countryCodes: true, date: (iso) => iso });
}

/** A value as the text `parseAnswer` reads back (for pre-filled prompts). */
export function answerAsText(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "none";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
