/**
 * A typed answer (a date, a number, a code): the tokens `?` (I don't know), `<` (back) and `:fr` /
 * `:en` (the other language) are accepted besides the answer, and a default is said in words.
 */
import { TextPrompt } from "@clack/core";
import { BAR, frame } from "./frame.js";

export interface TextOptions {
  message: string;
  /** An example of the expected form, shown while the field is empty. */
  placeholder: string;
  initial: string;
  /** Said under the field (e.g. "Leave empty for today in Eastern Time: 2026-12-03"). */
  note?: string;
  hints: string;
  /** What an empty answer stands for, shown as the answer once given. */
  empty?: string;
  /** The problem with a typed text, or `undefined` when it is an answer or a token. */
  check: (text: string) => string | undefined;
}

export function askText(o: TextOptions): Promise<string | symbol | undefined> {
  const prompt: TextPrompt = new TextPrompt({
    initialValue: o.initial,
    render() {
      const typed = this.userInput;
      const field = typed === "" ? `█ ${o.placeholder}` : this.userInputWithCursor;
      return frame({
        state: this.state,
        message: o.message,
        body: [`${BAR}  ${field}`, ...(o.note ? [`${BAR}  ${o.note}`] : [])],
        hints: o.hints,
        answer: this.value || o.empty || "",
        error: this.error,
      });
    },
    validate: (value) => o.check(value ?? ""),
  });
  return prompt.prompt();
}
