/**
 * Saving the interview's end: the answers (profile JSON) and the checklist (Markdown). A file that
 * cannot be written is said in one sentence (its path and the system's reason), never a stack trace;
 * in the terminal, the path is asked again.
 */
import { writeFile } from "node:fs/promises";
import type { Lang } from "../../contract/assessment.js";
import { messages } from "../../interview/messages.js";
import { type InterviewResult, renderMarkdown } from "../../interview/report.js";
import { forPeople } from "../safe-text.js";

export type SaveKind = "answers" | "checklist";

/** The text of a saved file. */
export function fileText(kind: SaveKind, result: InterviewResult, lang: Lang): string {
  return kind === "answers" ? `${JSON.stringify(result.answers, null, 2)}\n` : renderMarkdown(result, lang);
}

/** Writes one file; the reason it could not be written (a sentence), or `undefined` when it was. */
export async function trySave(
  path: string,
  kind: SaveKind,
  result: InterviewResult,
  lang: Lang,
): Promise<string | undefined> {
  try {
    await writeFile(path, fileText(kind, result, lang));
    return undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const m = messages(lang);
    return `${m.cannotWrite}${m.colon}${forPeople(path)} (${e.code ?? e.message})`;
  }
}
