/**
 * The shape of a language's messages. Each language file must satisfy it, so a missing code or
 * field is a type error.
 */
import type { InputErrorCode, Lang } from "../contract/assessment.js";
import type { AdvisoryCode, BlockerCode, DocumentCode, Poe, RouteAnswer } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";

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
  fields: Record<Field, string>;
  errors: Record<InputErrorCode, (detail: string) => string>;
  /** The HTTP API's own errors (the request envelope, keys, routing, conflicts): src/server. */
  server: ServerMessages;
  ui: {
    verdict: string;
    route: string;
    bring: string;
    advisories: string;
    why: string;
    sources: string;
    stillUnknown: string;
    couldRefine: string;
    nothingToBring: string;
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
  };
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
  badText(): string;
  badEncoding(): string;
  clientClosed(): string;
  headersTooLarge(): string;
  requestTimeout(): string;
  badRequest(): string;
}

/** Joins a list of country codes for a sentence. */
export const codes = (list: readonly string[] | undefined): string => (list?.length ? list.join(", ") : "?");
