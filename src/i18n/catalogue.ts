/**
 * The one catalogue of user-facing words: one file per language (en.ts, fr.ts), each holding every
 * section below, so a string missing from a language is a type error here. Surfaces pick their
 * section by language; the web page imports its sections from en.ts and fr.ts directly, so the
 * server's and the command line's words stay out of its JavaScript.
 *
 * @example
 * ```ts
 * import { catalogue } from "./catalogue.js";
 * catalogue("fr").cli.keyRevoked("k-1"); // "clé k-1 révoquée"
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import * as en from "./en.js";
import * as fr from "./fr.js";
import type {
  BatchWords,
  CliWords,
  Messages,
  PlainWords,
  RowMessages,
  ServerMessages,
  UiWords,
} from "./messages.js";

export interface Catalogue {
  /** The engine's texts (blockers, documents, advisories, fields, input errors) and the API's errors. */
  messages: Messages;
  /** The web page. */
  web: en.WebStrings;
  /** The terminal interview. */
  interview: en.InterviewStrings;
  /** The interview's questions (terminal and web). */
  questions: en.QuestionStrings;
  /** "What would change it". */
  actions: en.ActionStrings;
  /** A roster's error rows. */
  rows: RowMessages;
  /** Input errors in plain words for people. */
  plain: PlainWords;
  /** The batch's summary and explanations. */
  batch: BatchWords;
  /** `rescreen`'s report. */
  rescreen: en.RescreenWords;
  /** The command line's own words. */
  cli: CliWords;
  /** An assessment rendered as text (the CLI, the batch). */
  ui: UiWords;
  /** The HTTP API's own errors. */
  server: ServerMessages;
}

const CATALOGUES = {
  en: {
    messages: en.en,
    web: en.web,
    interview: en.interview,
    questions: en.questions,
    actions: en.actions,
    rows: en.rows,
    plain: en.plain,
    batch: en.batch,
    rescreen: en.rescreen,
    cli: en.cli,
    ui: en.ui,
    server: en.server,
  },
  fr: {
    messages: fr.fr,
    web: fr.web,
    interview: fr.interview,
    questions: fr.questions,
    actions: fr.actions,
    rows: fr.rows,
    plain: fr.plain,
    batch: fr.batch,
    rescreen: fr.rescreen,
    cli: fr.cli,
    ui: fr.ui,
    server: fr.server,
  },
} satisfies Record<Lang, Catalogue>;

/** Every section of a language's catalogue (English when the language is not one we have). */
export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang] ?? CATALOGUES.en;
}
