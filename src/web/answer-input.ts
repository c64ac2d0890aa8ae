/**
 * Turns what the traveller typed or picked on a question screen (a "draft") into a profile value,
 * and back (to pre-fill a screen when they return to it). Pure, so the rules for each kind of
 * question are tested without a browser.
 *
 * @example
 * ```ts
 * parseDraft(QUESTIONS.age, { text: "34" }); // { ok: true, value: 34 }
 * parseDraft(QUESTIONS.age, { text: "" });   // { ok: false, error: "required" }
 * ```
 */

import type { Question } from "../interview/questions.js";
import { easternWallOffset as easternOffset, easternToday, isIsoDate } from "../rulebook/time.js";

/** The raw state of a question's inputs. */
export interface Draft {
  /** Text, number or date typed. */
  text?: string;
  /** Time typed (`HH:MM`, Eastern), for dates that take a time. */
  time?: string;
  /**
   * Picked choices, as indices into `choices` (one-of, several-of), or country codes (country,
   * countries; `UNFOUND` for a text typed that names no country).
   */
  picked?: string[];
  /** "None" / "not done" ticked. */
  none?: boolean;
}

export type DraftError = "required" | "number" | "range" | "date" | "time" | "pattern" | "country";

/** A country box holding text that names no country: refused, never silently dropped. */
export const UNFOUND = "?";

export type Parsed = { ok: true; value: unknown } | { ok: false; error: DraftError };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads a draft as an answer to `q`. */
export function parseDraft(q: Question, d: Draft): Parsed {
  const text = (d.text ?? "").trim();
  const picked = (d.picked ?? []).filter((p) => p !== "");
  switch (q.kind) {
    case "yes-no":
      if (picked[0] === "yes") return { ok: true, value: true };
      if (picked[0] === "no") return { ok: true, value: false };
      return { ok: false, error: "required" };
    case "one-of": {
      const choice = q.choices[Number(picked[0])];
      return picked.length > 0 && choice
        ? { ok: true, value: choice.value }
        : { ok: false, error: "required" };
    }
    case "several-of": {
      if (d.none) return { ok: true, value: [] };
      const values = picked.map((i) => q.choices[Number(i)]?.value).filter((v) => v !== undefined);
      return values.length > 0 ? { ok: true, value: values } : { ok: false, error: "required" };
    }
    case "country":
      if (picked[0] === UNFOUND) return { ok: false, error: "country" };
      return picked[0] ? { ok: true, value: picked[0] } : { ok: false, error: "required" };
    case "countries": {
      if (d.none && q.noneAllowed) return { ok: true, value: [] };
      if (picked.includes(UNFOUND)) return { ok: false, error: "country" };
      const unique = [...new Set(picked)];
      return unique.length > 0 ? { ok: true, value: unique } : { ok: false, error: "required" };
    }
    case "date": {
      if (d.none && q.noneLabel) return { ok: true, value: null };
      if (text === "") return { ok: false, error: "required" };
      if (!isIsoDate(text)) return { ok: false, error: "date" };
      const time = (d.time ?? "").trim();
      if (q.withTime && time !== "") {
        if (!TIME.test(time)) return { ok: false, error: "time" };
        return { ok: true, value: `${text}T${time}:00${easternOffset(text, time)}` };
      }
      return { ok: true, value: text };
    }
    case "number": {
      if (text === "") return { ok: false, error: "required" };
      const n = Number(text.replace(",", "."));
      if (!Number.isFinite(n) || (q.integer && !Number.isInteger(n))) return { ok: false, error: "number" };
      if (n < q.min || n > q.max) return { ok: false, error: "range" };
      return { ok: true, value: n };
    }
    case "text":
      if (text === "") return { ok: false, error: "required" };
      return q.pattern.test(text) ? { ok: true, value: text } : { ok: false, error: "pattern" };
  }
}

/** The draft that shows `value` (a previous answer) on the screen for `q`. */
export function draftFrom(q: Question, value: unknown): Draft {
  if (value === undefined) return {};
  switch (q.kind) {
    case "yes-no":
      return { picked: [value ? "yes" : "no"] };
    case "one-of": {
      const i = q.choices.findIndex((c) => c.value === value);
      return i >= 0 ? { picked: [String(i)] } : {};
    }
    case "several-of": {
      const list = Array.isArray(value) ? value : [];
      if (list.length === 0) return { none: true };
      return { picked: q.choices.flatMap((c, i) => (list.includes(c.value) ? [String(i)] : [])) };
    }
    case "country":
      return typeof value === "string" ? { picked: [value] } : {};
    case "countries": {
      const list = Array.isArray(value) ? (value as string[]) : [];
      return list.length === 0 ? { none: true } : { picked: list };
    }
    case "date": {
      if (value === null) return { none: true };
      const s = String(value);
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(s);
      return m ? { text: m[1], time: m[2] } : { text: s };
    }
    case "number":
    case "text":
      return { text: String(value) };
  }
}

/** A well-formed answer the page still refuses: a medical exam in the future, an arrival outside the rules' period. */
export type AnswerProblem = { error: "future" } | { error: "engine"; message: string };

/**
 * Checks a parsed answer against the other answers and the engine: a medical exam cannot have been
 * taken after today, and an arrival date must fall in the period the rulebook covers (the engine's
 * own message says which).
 *
 * @example
 * ```ts
 * answerProblem("medicalExamDate", "2999-01-01", {}, engine, "en", new Date()); // { error: "future" }
 * ```
 */
export function answerProblem(
  field: string,
  value: unknown,
  answers: Record<string, unknown>,
  engine: {
    assess(
      input: unknown,
      options?: { lang?: "en" | "fr" },
    ): { ok: boolean; errors?: { path: string; message: string }[] };
  },
  lang: "en" | "fr",
  now: Date,
): AnswerProblem | undefined {
  if (field === "medicalExamDate" && typeof value === "string") {
    if (value.slice(0, 10) > easternToday(now)) return { error: "future" };
  }
  if (field === "arrival") {
    const r = engine.assess({ ...answers, arrival: value }, { lang });
    const e = r.ok ? undefined : r.errors?.find((x) => x.path === "arrival");
    if (e) return { error: "engine", message: e.message };
  }
  return undefined;
}
