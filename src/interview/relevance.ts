/**
 * Answers the interview can infer from earlier answers, so it never asks a question whose answer is
 * already known by logic: every surface (terminal, web) asks through the planner, which assesses on
 * these inferred answers too, so none of them holds this rule.
 *
 * - Someone not in Canada now (`inCanadaWithStatus: false`) is not on maintained status in Canada.
 * - A traveller none of whose citizenships could hold any special document of IRPR 190 holds none.
 *   Today this never applies: the Holy See and British documents (190(2)(b), (e), (e.1),
 *   190(1)(b)(ii)) go with any citizenship, so the question is asked whenever the engine needs it.
 *
 * When it is asked, the question offers only the documents the citizenships given could hold
 * (`relevantQuestion`).
 *
 * An inferred answer never overrides a given one, and it is derived again from the answers at every
 * step, so going back to change a citizenship brings the question back.
 *
 * @example
 * ```ts
 * inferredAnswers({ inCanadaWithStatus: false, citizenships: ["IN"] });
 * // { maintainedStatus: false }: an Indian citizen may hold a Holy See travel document (190(2)(b))
 * possiblePassportKinds(["IL"]).includes("israel-national-passport"); // true
 * possiblePassportKinds(["IN"]).includes("israel-national-passport"); // false
 * ```
 */
import { PASSPORT_KINDS, type PassportKind, type Profile } from "../contract/profile.js";
import { DOCUMENT_HOLDERS } from "../rulebook/facts.js";
import type { Question } from "./questions.js";

/**
 * The citizenships that can hold each special document (`*`: any): the rulebook's reference data
 * (`holders` of each IRPR 190 document entry, with its basis and source). Not dated: 190(1)(b)(ii),
 * (2) and (2.1) are unchanged since 2018-06-05 (SOR/2018-109), and the engine's document test does
 * not read the arrival date.
 */
export const PASSPORT_KIND_HOLDERS: Readonly<Record<PassportKind, readonly string[]>> = DOCUMENT_HOLDERS;

/** The special documents someone with these citizenships could hold. */
export function possiblePassportKinds(citizenships: readonly string[]): PassportKind[] {
  return PASSPORT_KINDS.filter((k) =>
    PASSPORT_KIND_HOLDERS[k].some((c) => c === "*" || citizenships.includes(c)),
  );
}

/** The answers that follow from the given ones (never one that was given). */
export function inferredAnswers(answers: Readonly<Profile>): Profile {
  const out: Profile = {};
  if (answers.maintainedStatus === undefined && answers.inCanadaWithStatus === false)
    out.maintainedStatus = false;
  const c = answers.citizenships;
  if (answers.passportKinds === undefined && c !== undefined && c.length > 0)
    if (possiblePassportKinds(c).length === 0) out.passportKinds = [];
  return out;
}

/** The given answers with what follows from them. */
export function withInferred(answers: Readonly<Profile>): Profile {
  return { ...inferredAnswers(answers), ...answers };
}

/**
 * The question as it is worth asking on these answers: the special documents offered are only those
 * the traveller's citizenships could hold (all of them while the citizenships are not known).
 */
export function relevantQuestion(question: Question, answers: Readonly<Profile>): Question {
  if (question.field !== "passportKinds" || question.kind !== "several-of") return question;
  const c = answers.citizenships;
  if (c === undefined || c.length === 0) return question;
  const possible: readonly string[] = possiblePassportKinds(c);
  return { ...question, choices: question.choices.filter((x) => possible.includes(String(x.value))) };
}
