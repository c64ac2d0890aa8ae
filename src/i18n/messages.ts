/**
 * The shape of a language's messages. Each language file must satisfy it, so a missing code or
 * field is a type error.
 */
import type { InputErrorCode, Lang } from "../contract/assessment.js";
import type { AdvisoryCode, BlockerCode, DocumentCode, Poe, RouteAnswer } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";

/** What a rule can conclude. */
export type RuleKind = "blocker" | "document" | "advisory";

export interface MessageContext {
  profile: Profile;
  /** The date through which the rulebook was checked against the law (`YYYY-MM-DD`), when known. */
  verifiedThrough?: string;
}

export type Render = (ctx: MessageContext) => string;

export interface Messages {
  lang: Lang;
  blockers: Record<BlockerCode, Render>;
  documents: Record<DocumentCode, Render>;
  advisories: Record<AdvisoryCode, Render>;
  poe: Record<Poe, string>;
  route: Record<RouteAnswer, string>;
  /** What a rule concludes, in a word (the rules lists of the page and the CLI). */
  ruleKind: Record<RuleKind, string>;
  fields: Record<Field, string>;
  errors: Record<InputErrorCode, (detail: string) => string>;
}

/** The words of an assessment rendered as text (the CLI's `assess`, `rules`, the batch's explanation). */
export interface UiWords {
  verdict: string;
  route: string;
  bring: string;
  advisories: string;
  why: string;
  sources: string;
  stillUnknown: string;
  couldRefine: string;
  nothingToBring: string;
  /** No documents listed because the route is still open. */
  bringDependsOnRoute: string;
  rulebook: string;
  asOf: string;
  effective: string;
  from: string;
  until: string;
  always: string;
  lastVerified: string;
  inputErrors: string;
  line: string;
  /** A settled "no" whose route is open: what each open fact would decide follows. */
  openRoute: string;
  ifYes: string;
  ifNo: string;
  /** The route of a Letter of Introduction holder whom a blocker still stops. */
  letterBlocked: string;
  /** The same in one line, after the blockers' reasons (the batch's explanation). */
  letterBlockedAfter: string;
  /** "What would change it" on a partial profile: an action that lifts a blocker on what is known. */
  lifts: string;
  /** …and what else must still be known before it is enough. */
  alsoDependsOn: string;
  /** No action lifts a blocker yet: the facts to answer first. */
  answerFirst: string;
}

/** The HTTP API's own messages (src/server/messages.ts picks the request's language). */
export interface ServerMessages {
  notJson(why: string): string;
  tooLarge(kb: number): string;
  keyMissing(): string;
  keyInvalid(): string;
  methodNotAllowed(method: string, allowed: string): string;
  noRecord(): string;
  noRoute(method: string, path: string): string;
  badCountryCode(): string;
  badCursor(): string;
  internal(): string;
  conflictAsOf(asOf: string, arrival: string): string;
  conflictLang(query: string, body: string): string;
  unknownKey(key: string): string;
  badInstant(): string;
  instantRange(last: string): string;
  /** An `asOf` before the rulebook's coverage start. */
  beforeCoverage(start: string): string;
  badText(): string;
  badEncoding(): string;
  clientClosed(): string;
  headersTooLarge(): string;
  requestTimeout(): string;
  badRequest(): string;
}

/** How a roster writes the dates that are not ISO (`--date-format`). */
export type DateFormat = "iso" | "dmy" | "mdy";

/** Why a date cell cannot be read. */
export type DateProblem =
  /** Day-first and month-first both give a real date, and `--date-format` does not say which. */
  | "ambiguous"
  /** Only one of day-first or month-first gives a real date, and `--date-format` does not say it. */
  | "needs-format"
  /** The year has two digits: which century is not said. */
  | "two-digit-year"
  /** Not a real date in the form `--date-format` names (a 13th month, 31 February, …). */
  | "invalid"
  /** Not written as a date at all (nor, where one is accepted, as an ISO date-time with offset). */
  | "not-a-date";

/** How a roster cell's text becomes a profile value (src/batch/columns.ts). */
export type CellKind = "list" | "boolean" | "integer" | "number" | "date-or-none" | "text";

/** The messages of a roster's error rows that the batch itself writes (a cell it cannot read, a row of the wrong length, a line that is not JSON). */
export interface RowMessages {
  expectedBoolean(text: string): string;
  expectedInteger(text: string): string;
  expectedNumber(text: string): string;
  /** A date cell that cannot be read as one date: `format` is the run's `--date-format`. */
  badDate(
    text: string,
    problem: DateProblem,
    format: DateFormat,
    hint?: DateFormat,
    dateTime?: boolean,
  ): string;
  cellCount(cells: number, columns: number): string;
  unreadableCsv(detail: string): string;
  notJson(detail: string): string;
  idType(): string;
  internalFault(detail: string): string;
}

/** Input errors in plain words for people (src/batch/plain-errors.ts). */
export interface PlainWords {
  kind: Record<CellKind, string>;
  range(what: string, min?: number, max?: number): string;
  expected(what: string, got: string): string;
  nullBoolean(field: string): string;
  didYouMean(name: string): string;
}

/** The batch's summary line and the start of each row's explanation (src/batch). */
export interface BatchWords {
  /** "rows", agreeing with the count. */
  rows(n: number): string;
  /** "assessed", agreeing with the count. */
  ok(n: number): string;
  /** The colon after the count, with French spacing in French. */
  colon: string;
  errors: string;
  poe: string;
  route: string;
  in: string;
  workers: string;
  blank(n: number): string;
  /** After a settled "no" whose route is still open. */
  openRoute: string;
  /** Before the facts still missing. */
  missing: string;
}

/** The command line's own words: usage and file errors, and the `keys` and `records` commands. */
export interface CliWords {
  /** A file that cannot be read, and why (`cannotRead`: any other reason, as the system gives it). */
  noSuchFile(path: string): string;
  isFolder(path: string): string;
  permissionDenied(path: string): string;
  cannotRead(path: string, reason: string): string;
  /** An option whose value the engine refuses, with the engine's reason. */
  optionProblem(option: string, value: string, reason: string): string;
  notRegularFile(path: string): string;
  stdinNeedsFormat: string;
  formatUnknown(path: string): string;
  badInstantOption(option: string, value: string): string;
  noInput: string;
  noHeader: string;
  outputIsInput(output: string, input: string): string;
  badDelimiter(value: string): string;
  badWorkers(value: string): string;
  /** `assess` on a terminal with nothing piped in. */
  howToGiveInput: string;
  keyCreated(id: string, name: string, tenant: string): string;
  legacyKey: string;
  keyActive: string;
  keyRevokedAt(at: string): string;
  keyRevoked(id: string): string;
  noSuchKey(id: string): string;
  badArrival: string;
  recheckProgress(done: number, total: number, changed: number): string;
}

/** Joins a list of country codes for a sentence. */
export const codes = (list: readonly string[] | undefined): string => (list?.length ? list.join(", ") : "?");
