/**
 * The request and response schemas of the HTTP API, in zod. The server validates requests with
 * them and the OpenAPI document (openapi.ts) is generated from them, so the two cannot drift.
 * The profile itself is validated by the engine (its errors are the CLI's, docs/contract.md §5).
 *
 * @example
 * ```ts
 * const parsed = saveRequestSchema.safeParse(body);
 * if (!parsed.success) return c.json({ errors: zodErrors(parsed.error, serverMessages("fr")) }, 400);
 * ```
 */
import countries from "i18n-iso-countries";
import { z } from "zod";
import { LANGS } from "../contract/assessment.js";
import { ADVISORY_CODES, BLOCKER_CODES, DOCUMENT_CODES, POE_VALUES, ROUTES } from "../contract/codes.js";
import { COVERAGE_START, COVERAGE_START_INSTANT } from "../engine/index.js";
import { ownCode, problemsOf, withCode } from "../engine/issues.js";
import { instantOf, isIsoDate, parseDateTime } from "../rulebook/time.js";
import { MAX_PAGE_SIZE } from "../store/types.js";
import { type ServerMessages, serverMessages } from "./messages.js";

const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

export const langSchema = z
  .enum(LANGS as ["en", "fr"])
  .describe("Language of the explanations (default en).");
const routeAnswerSchema = z.enum([...ROUTES, "unknown"]);
const poeSchema = z.enum(POE_VALUES);

/** Our codes for the server's own refinements (issues.ts), worded per language by `zodErrors`. */
const BAD_INSTANT = "bad-instant";
/** An instant outside the store's range (see `filterInstantSchema`). */
const INSTANT_RANGE = "instant-range";
/** An instant before the rulebook's coverage (docs/contract.md §4). */
const BEFORE_COVERAGE = "before-coverage";
/** A text with a control character or a lone surrogate. */
const BAD_TEXT = "bad-text";
/** Not a country code the validator knows. */
const BAD_COUNTRY = "bad-country";

/**
 * A date (`YYYY-MM-DD`, a real calendar day) or an ISO 8601 date-time with seconds optional and an
 * offset (`Z` or `±HH:MM` up to 18:00), as in profiles (docs/contract.md §1, §4): the rulebook's
 * own parser.
 * The year is 0001 or later (PostgreSQL and ISO 8601 without extensions have no year 0).
 */
export function isInstant(s: string): boolean {
  if (!(isIsoDate(s) || parseDateTime(s) !== undefined)) return false;
  return !s.startsWith("0000");
}

const instantSchema = z
  .string()
  .refine(isInstant, { ...withCode(BAD_INSTANT), abort: true })
  .meta({
    anyOf: [{ format: "date" }, { format: "date-time" }],
    pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$",
    examples: ["2026-03-01", "2026-03-01T14:30:00-05:00"],
  });

/** The latest day a list filter may name: its end (the next midnight) must still be a 4-digit year. */
const LAST_FILTER_DAY = "9998-12-31";
/** A list filter's instant: any instant within 0001-01-01 and 9998-12-31 (the dates the store holds). */
const filterInstantSchema = instantSchema.refine(
  (s) => s.slice(0, 10) <= LAST_FILTER_DAY,
  withCode(INSTANT_RANGE),
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a text is valid Unicode (no lone surrogate) and has no NUL: PostgreSQL can store it. */
export function isStorableText(s: string): boolean {
  return !LONE_SURROGATE.test(s) && !s.includes("\0");
}

/** True when a text has no control character (C0, DEL, C1) and no lone surrogate. */
export function isCleanText(s: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  return !LONE_SURROGATE.test(s) && !/[\u0000-\u001f\u007f-\u009f]/.test(s);
}

export const assessQuerySchema = z.strictObject({ lang: langSchema.optional() });

/** Endpoints without query parameters: any parameter is refused, `?lang=` excepted (error wording). */
export const noQuerySchema = z.strictObject({ lang: langSchema.optional() });

/** A country code the profile validator knows (ISO 3166-1 alpha-2, upper case). */
export const countriesQuerySchema = z.strictObject({
  code: z
    .string()
    .refine((c) => /^[A-Z]{2}$/.test(c) && ISO_COUNTRY_CODES.has(c), withCode(BAD_COUNTRY))
    .meta({ pattern: "^[A-Z]{2}$" })
    .optional()
    .describe("One country's entries only (ISO 3166-1 alpha-2, upper case)."),
  lang: langSchema.optional(),
});

export const rulebookQuerySchema = z.strictObject({
  // Before the coverage start the rulebook does not know the law, so it must not list rules as in force.
  asOf: instantSchema
    .refine((s) => instantOf(s) >= COVERAGE_START_INSTANT, withCode(BEFORE_COVERAGE))
    .optional()
    .describe(
      `Only the rules in force at this instant (${COVERAGE_START} or later: the rulebook's coverage).`,
    ),
});

export const clientRefSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(isCleanText, withCode(BAD_TEXT))
  .meta({ pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$" })
  .describe("The firm's own reference for the client or file (not interpreted).");

export const saveRequestSchema = z.strictObject({
  profile: z.unknown().describe("The profile (docs/contract.md §1); validated by the engine."),
  lang: langSchema.optional(),
  clientRef: clientRefSchema.optional(),
});

export const listQuerySchema = z.strictObject({
  poe: poeSchema.optional().describe("Only records with this `poe` outcome."),
  route: routeAnswerSchema.optional().describe("Only records with this `route` outcome."),
  clientRef: clientRefSchema.optional().describe("Only records with exactly this client reference."),
  reassessmentOf: z
    .uuid()
    .optional()
    .describe("Only the re-checks (made by reassess) of the record with this id."),
  from: filterInstantSchema
    .optional()
    .describe("Saved at or after this instant (a date means 00:00 UTC that day)."),
  to: filterInstantSchema
    .optional()
    .describe("Saved before this instant (a date includes that whole day, UTC)."),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(500).optional().describe("`nextCursor` from the previous page."),
});

/** The instant reassess assesses at: the body's `arrival` or, alternatively, the query's `asOf`. */
const reassessInstantSchema = instantSchema.optional();

export const reassessRequestSchema = z.strictObject({
  arrival: reassessInstantSchema.describe(
    "Assess as if arriving at this instant; default: the arrival saved in the profile. " +
      "May be given as the query's `asOf` instead (both: they must be the same string).",
  ),
  lang: langSchema.optional().describe("Default: the language the record was saved in."),
  save: z
    .boolean()
    .optional()
    .describe(
      "Keep the re-check as a new saved record linked to this one (`reassessmentOf`); default true. " +
        "false: answer only, store nothing.",
    ),
});

/**
 * Reassess's query: the same `arrival` and `lang` as the body, for clients that prefer the URL
 * (`?asOf=` as for the rulebook). When the body gives the same field too, the two must be equal.
 */
export const reassessQuerySchema = z.strictObject({
  asOf: reassessInstantSchema.describe(
    "Assess as if arriving at this instant (the body's `arrival`, given in the URL); " +
      "if the body also has `arrival`, it must be the same string.",
  ),
  lang: langSchema
    .optional()
    .describe("The body's `lang`, given in the URL; if the body also has `lang`, it must be the same."),
});

const sourcedItem = <T extends readonly [string, ...string[]]>(codes: T, textKey: "because" | "text") =>
  z.looseObject({
    code: z.enum(codes),
    [textKey]: z.string(),
    sources: z.array(z.string()),
    rule: z.string().optional(),
  });

/** The assessment of docs/contract.md §2 (extra fields allowed, as the contract says). */
export const assessmentSchema = z.looseObject({
  contract: z.literal(1),
  rulebook: z.string(),
  asOf: z.string(),
  poe: poeSchema,
  route: routeAnswerSchema,
  blockers: z.array(sourcedItem(BLOCKER_CODES, "because")),
  documents: z.array(z.looseObject({ code: z.enum(DOCUMENT_CODES), text: z.string() })),
  advisories: z.array(sourcedItem(ADVISORY_CODES, "text")),
  missing: z.array(z.string()),
  refine: z.array(z.string()),
});

export const errorSchema = z.object({
  errors: z.array(
    z.object({
      path: z.string().describe("Where the problem is, e.g. `citizenships[0]`; empty for the whole input."),
      code: z.string(),
      message: z.string(),
    }),
  ),
});

export const summarySchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  clientRef: z.string().nullable(),
  lang: langSchema,
  rulebook: z.string(),
  asOf: z.string(),
  poe: poeSchema,
  route: routeAnswerSchema,
  reassessmentOf: z
    .uuid()
    .nullable()
    .describe("For a re-check made by reassess: the record it re-checked; null otherwise."),
});

export const savedSchema = summarySchema.extend({ profile: z.unknown(), assessment: assessmentSchema });

export const pageSchema = z.object({
  items: z.array(summarySchema),
  total: z.int(),
  nextCursor: z.string().nullable(),
});

const itemChange = z.object({
  field: z.enum(["blockers", "documents", "advisories", "missing", "refine"]),
  added: z.array(z.unknown()),
  removed: z.array(z.unknown()),
});

export const reassessResponseSchema = z.object({
  id: z.uuid().describe("The record that was re-checked."),
  saved: summarySchema
    .nullable()
    .describe("The new record holding the re-check (its `reassessmentOf` is `id`); null with save: false."),
  changed: z.boolean(),
  before: z.object({ rulebook: z.string(), asOf: z.string(), assessment: assessmentSchema }),
  after: z.object({ rulebook: z.string(), asOf: z.string(), assessment: assessmentSchema }),
  changes: z.array(
    z.union([z.object({ field: z.enum(["poe", "route"]), from: z.string(), to: z.string() }), itemChange]),
  ),
  why: z.object({
    rulebook: z.object({ from: z.string(), to: z.string() }).nullable(),
    asOf: z.object({ from: z.string(), to: z.string() }).nullable(),
    rulesEntered: z.array(z.unknown()),
    rulesLeft: z.array(z.unknown()),
    explanations: z.array(
      z.object({
        change: z.enum(["added", "removed"]),
        field: z.string(),
        code: z.string(),
        rule: z.string().optional(),
        text: z.string().optional(),
        sources: z.array(z.string()).optional(),
      }),
    ),
  }),
});

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  rulebook: z.string(),
  store: z.object({
    engine: z.enum(["pglite", "postgres"]),
    ok: z.boolean(),
    erasuresPending: z
      .int()
      .min(0)
      .describe(
        "PostgreSQL: deleted records whose bytes are still being scrubbed from the database files (seconds at most). Embedded store: always 0, a delete destroys the record's key before it answers.",
      ),
  }),
  uptimeSeconds: z.number(),
});

/** How the server words its own codes (the others keep zod's message, in the request's language). */
const OWN_WORDING: Record<string, (m: ServerMessages) => { code: string; message: string }> = {
  [BAD_INSTANT]: (m) => ({ code: "bad-value", message: m.badInstant() }),
  [INSTANT_RANGE]: (m) => ({ code: "out-of-range", message: m.instantRange(LAST_FILTER_DAY) }),
  [BEFORE_COVERAGE]: (m) => ({ code: "outside-coverage", message: m.beforeCoverage(COVERAGE_START) }),
  [BAD_COUNTRY]: (m) => ({ code: "bad-value", message: m.badCountryCode() }),
  [BAD_TEXT]: (m) => ({ code: "bad-value", message: m.badText() }),
};

/**
 * Turns zod issues into the contract's error items (paths as zod's `toDotPath` writes them), worded
 * by `m` (zod's own messages come in the language the parse was given, see messages.ts `zodLocale`).
 */
export function zodErrors(
  error: z.ZodError,
  m: ServerMessages = serverMessages("en"),
): { path: string; code: string; message: string }[] {
  return error.issues.flatMap((issue) =>
    problemsOf(issue).map(({ path, key }) => {
      if (key !== undefined) return { path, code: "unknown-key", message: m.unknownKey(key) };
      const own = ownCode(issue);
      if (own !== undefined && OWN_WORDING[own]) return { path, ...OWN_WORDING[own](m) };
      const code =
        issue.code === "invalid_type"
          ? "wrong-type"
          : issue.code === "too_big" || issue.code === "too_small"
            ? "out-of-range"
            : "bad-value";
      return { path, code, message: issue.message };
    }),
  );
}

const ruleViewSchema = z.object({
  id: z.string(),
  topic: z.string(),
  title: z.object({ en: z.string(), fr: z.string() }),
  concludes: z.object({ kind: z.string(), code: z.string() }),
  sources: z.array(
    z.object({
      url: z.string(),
      provision: z.string(),
      /** The French version of the source, where the rulebook records one. */
      fr: z.object({ url: z.string(), provision: z.string() }).optional(),
    }),
  ),
  effective: z.object({
    from: z.string().optional(),
    to: z.string().optional(),
    note: z.string().optional(),
  }),
  lastVerified: z.string(),
});

export const rulebookResponseSchema = z.object({
  rulebook: z.string(),
  coverageStart: z.string(),
  asOf: z.string().nullable(),
  count: z.int().min(0),
  rules: z.array(ruleViewSchema),
});

export const countriesResponseSchema = z.object({
  code: z.string().optional().describe("The country asked for, when `code` was given."),
  rulebook: z.string(),
  summary: z.record(
    z.string(),
    z.object({ entries: z.int().min(0), verified: z.int().min(0), unverified: z.int().min(0) }),
  ),
  datasets: z.record(z.string(), z.looseObject({ entries: z.array(z.looseObject({})) })),
});

export const accessLogQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).describe("`next` from the previous page."),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
});

export const accessLogSchema = z.object({
  items: z.array(
    z.object({
      seq: z.int().min(1),
      at: z.string(),
      keyId: z.string(),
      action: z.enum(["save", "read", "list", "export", "delete", "reassess", "recheck"]),
      recordId: z.uuid().nullable(),
    }),
  ),
  next: z.int().nullable(),
});

export const recheckRequestSchema = z.strictObject({
  clientRef: clientRefSchema.optional().describe("Only records with exactly this client reference."),
  poe: poeSchema.optional().describe("Only records whose saved `poe` was this."),
  route: routeAnswerSchema.optional().describe("Only records whose saved `route` was this."),
  from: filterInstantSchema.optional().describe("Saved at or after this instant (a date: 00:00 UTC)."),
  to: filterInstantSchema
    .optional()
    .describe("Saved before this instant (a date includes that whole day, UTC)."),
  arrival: instantSchema
    .optional()
    .describe("Re-assess as if arriving at this instant; default each record's own."),
  save: z.boolean().optional().describe("Keep each changed re-check as a new linked record; default false."),
  all: z
    .boolean()
    .optional()
    .describe("Report every record re-checked, not only those whose answer changed."),
});

export const recheckLineSchema = z.union([
  z.object({
    id: z.uuid(),
    clientRef: z.string().nullable(),
    changed: z.boolean(),
    before: z.object({ rulebook: z.string(), poe: poeSchema, route: routeAnswerSchema }),
    after: z.object({ rulebook: z.string(), poe: poeSchema, route: routeAnswerSchema }),
    changes: reassessResponseSchema.shape.changes,
    why: reassessResponseSchema.shape.why,
    saved: z.uuid().nullable(),
  }),
  z.object({
    done: z.literal(true),
    checked: z.int().min(0),
    changed: z.int().min(0),
    failed: z.int().min(0),
  }),
]);
