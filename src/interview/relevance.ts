/**
 * Answers the interview can infer from earlier answers, so it never asks a question whose answer is
 * already known by logic: every surface (terminal, web) asks through the planner, which assesses on
 * these inferred answers too, so none of them holds this rule.
 *
 * - Someone not in Canada now (`inCanadaWithStatus: false`) is not on maintained status in Canada.
 * - The special passports and travel documents of IRPR 190 are issued by a few countries only: a
 *   traveller none of whose citizenships is one of them holds none of these documents.
 *
 * The special-passport question, when it is asked, offers only the documents the citizenships given
 * could hold (`relevantQuestion`).
 *
 * An inferred answer never overrides a given one, and it is derived again from the answers at every
 * step, so going back to change a citizenship brings the question back.
 *
 * @example
 * ```ts
 * inferredAnswers({ inCanadaWithStatus: false, citizenships: ["IN"] });
 * // { maintainedStatus: false, passportKinds: [] }
 * ```
 */
import type { PassportKind, Profile } from "../contract/profile.js";
import type { Question } from "./questions.js";

/**
 * The citizenships that can hold each special document. Hong Kong's documents are held by Chinese
 * nationals with the right of abode there, who may give their citizenship as China or as Hong Kong;
 * British National (Overseas) status belongs to people from Hong Kong who may list the United Kingdom.
 */
export const PASSPORT_KIND_HOLDERS: Readonly<Record<PassportKind, readonly string[]>> = {
  "romania-e-passport": ["RO"],
  "israel-national-passport": ["IL"],
  "taiwan-passport-with-personal-id": ["TW"],
  "hong-kong-sar-passport": ["HK", "CN"],
  "british-national-overseas": ["GB", "HK", "CN"],
  "british-subject-right-of-abode": ["GB"],
  "british-overseas-citizen-readmissible": ["GB"],
  "holy-see": ["VA"],
};

/** The special documents someone with these citizenships could hold. */
export function possiblePassportKinds(citizenships: readonly string[]): PassportKind[] {
  return (Object.keys(PASSPORT_KIND_HOLDERS) as PassportKind[]).filter((k) =>
    PASSPORT_KIND_HOLDERS[k].some((c) => citizenships.includes(c)),
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
