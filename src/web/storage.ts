/**
 * Keeps the interview in the browser's local storage, so a reload (or a language switch) loses
 * nothing and the answers never leave the device. Whatever is stored is checked before use: a
 * damaged or outdated entry is dropped rather than trusted.
 *
 * @example
 * ```ts
 * const saved = loadSaved(localStorage); // { state, checked } or a fresh start
 * saveSaved(localStorage, { ...saved, checked: ["passport"] });
 * ```
 */
import type { Field } from "../contract/profile.js";
import { FIELDS } from "../contract/profile.js";
import { type InterviewState, startState } from "../interview/state.js";

export const STORAGE_KEY = "poe-permit.web.v1";

export interface Saved {
  state: InterviewState;
  /** Document codes ticked on the result page's checklist. */
  checked: string[];
  /** When the answers were last changed (ms since 1970): they expire `KEEP_DAYS` after. */
  savedAt?: number;
}

/** How long answers are kept in the browser after their last change (the privacy text says so). */
export const KEEP_DAYS = 30;
const KEEP_MS = KEEP_DAYS * 86_400_000;

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const isFieldList = (x: unknown): x is Field[] =>
  Array.isArray(x) && x.every((f) => typeof f === "string" && FIELD_SET.has(f));

export function fresh(): Saved {
  return { state: startState(), checked: [] };
}

/** Reads a stored entry; anything malformed, or older than `KEEP_DAYS` at `now`, gives a fresh start. */
export function parseSaved(text: string | null, now: number = Date.now()): Saved {
  if (!text) return fresh();
  try {
    const x = JSON.parse(text) as { state?: Partial<InterviewState>; checked?: unknown; savedAt?: unknown };
    const s = x.state;
    // An entry without a date (written before expiry existed) is kept and dated from now on.
    if (typeof x.savedAt === "number" && !(now - x.savedAt <= KEEP_MS)) return fresh();
    if (
      !s ||
      typeof s.answers !== "object" ||
      s.answers === null ||
      Array.isArray(s.answers) ||
      !Object.keys(s.answers).every((k) => FIELD_SET.has(k)) ||
      !isFieldList(s.unknown) ||
      !isFieldList(s.history)
    ) {
      return fresh();
    }
    const checked = Array.isArray(x.checked)
      ? x.checked.filter((c): c is string => typeof c === "string")
      : [];
    return {
      state: {
        answers: s.answers,
        unknown: s.unknown,
        history: s.history,
        skipRefine: s.skipRefine === true,
      },
      checked,
    };
  } catch {
    return fresh();
  }
}

/** Local storage can be missing or throw (private windows, disabled storage): then it is memory only. */
export function loadSaved(storage: Pick<Storage, "getItem"> | undefined, now: number = Date.now()): Saved {
  try {
    return parseSaved(storage?.getItem(STORAGE_KEY) ?? null, now);
  } catch {
    return fresh();
  }
}

export function saveSaved(
  storage: Pick<Storage, "setItem"> | undefined,
  saved: Saved,
  now: number = Date.now(),
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ ...saved, savedAt: now }));
  } catch {
    // Storage full or disabled: the interview still works for this visit.
  }
}

export function clearSaved(storage: Pick<Storage, "removeItem"> | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to do
  }
}
