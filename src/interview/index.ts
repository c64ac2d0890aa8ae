/**
 * The guided interview (pure, browser-safe): questions as data, the planner that picks the next
 * question among the engine's `missing` then `refine` fields, "why we ask", "what would change the
 * answer", and renderers for the end result.
 *
 * @example
 * ```ts
 * import { realEngine } from "./engine/engine.js";
 * import { nextQuestion, startState, whatWouldChange } from "./interview/index.js";
 * const step = nextQuestion(startState({ arrival: "2025-09-15" }), { lang: "fr", engine: realEngine });
 * ```
 */

export { formatAnswer, parseAnswer } from "./answer-input.js";
export { allCountries, countryLabel, resolveCountry, searchCountries } from "./countries.js";
export { MESSAGES, messages } from "./messages.js";
export {
  arrivalDateOf,
  assessAnswers,
  nextQuestion,
  type PlanOptions,
  type RuleInfo,
  type Step,
  type Strategy,
} from "./plan.js";
export {
  ASK_ORDER,
  QUESTIONS,
  type Question,
  type QuestionKind,
  questionFor,
  type Text,
} from "./questions.js";
export { type InterviewResult, poeWords, renderMarkdown, renderText, routeWords } from "./report.js";
export {
  type Asker,
  type AskStep,
  type DoneStep,
  type Outcome,
  profileAsker,
  type Reply,
  runInterview,
} from "./run.js";
export { answer, back, dontKnow, type InterviewState, isSettled, skipOptional, startState } from "./state.js";
export { ACTIONS, type ChangeOption, whatWouldChange } from "./what-would-change.js";
export { type WhyRule, whyWeAsk } from "./why.js";
