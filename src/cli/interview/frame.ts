/**
 * How a prompt looks in the terminal, in clack's style (the intro, notes and outro are clack's):
 * `◆` the active question, `◇` answered, `■` left, `▲` an answer refused; `│` the guide; `❯` the
 * row the cursor is on, so the active row shows without colour (NO_COLOR, a screen reader's text).
 */
import type { State } from "@clack/core";
import { wrapWords } from "./wrap.js";

export const CURSOR = "❯";
export const CHECKED = "◼";
export const UNCHECKED = "◻";
export const BAR = "│";
export const END = "└";

const SYMBOL: Record<State, string> = {
  initial: "◆",
  active: "◆",
  validating: "◆",
  error: "▲",
  submit: "◇",
  cancel: "■",
};

/** A row of a list: the cursor mark when it is the active row, a checkbox in a list of several. */
export function row(label: string, active: boolean, checked?: boolean): string {
  const box = checked === undefined ? "" : `${checked ? CHECKED : UNCHECKED} `;
  return `${BAR}  ${active ? CURSOR : " "} ${box}${label}`;
}

export interface FrameParts {
  state: State;
  message: string;
  /** The lines under the question while it is open (search line, rows). */
  body: readonly string[];
  /** The key hints, on the last line of the guide. */
  hints: string;
  /** What was answered, shown once the question is answered. */
  answer: string;
  error?: string;
  /** The terminal's width (default: standard output's). */
  columns?: number;
}

/** The whole frame of a prompt in its current state. */
export function frame(p: FrameParts): string {
  // The question wrapped between words, its continuation lines on the guide.
  const [first, ...more] = wrapWords(p.message, (p.columns ?? process.stdout.columns ?? 80) - 3);
  const head = [`${SYMBOL[p.state]}  ${first}`, ...more.map((l) => `${BAR}  ${l}`)].join("\n");
  if (p.state === "submit") return `${head}\n${BAR}  ${p.answer}`;
  if (p.state === "cancel") return `${head}\n${BAR}`;
  const error = p.state === "error" && p.error ? [`${BAR}  ${p.error}`] : [];
  return [head, ...p.body, ...error, `${BAR}  ${p.hints}`, END].join("\n");
}
