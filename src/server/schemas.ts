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
import { z } from "zod";
import { LANGS } from "../contract/assessment.js";
import { ADVISORY_CODES, BLOCKER_CODES, DOCUMENT_CODES, POE_VALUES, ROUTES } from "../contract/codes.js";
import { MAX_PAGE_SIZE } from "../store/types.js";
import { type ServerMessages, serverMessages } from "./messages.js";

export const langSchema = z
  .enum(LANGS as ["en", "fr"])
  .describe("Language of the explanations (default en).");
const routeAnswerSchema = z.enum([...ROUTES, "unknown"]);
const poeSchema = z.enum(POE_VALUES);

/** The message of a bad instant, a marker that `zodErrors` words in the request's language. */
const BAD_INSTANT = "bad-instant";

/** A date (`YYYY-MM-DD`) or an ISO 8601 date-time with offset. */
const instantSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: BAD_INSTANT, // worded per language by zodErrors
  })
  .meta({ format: "date-time", examples: ["2026-03-01", "2026-03-01T14:30:00-05:00"] });

export const assessQuerySchema = z.strictObject({ lang: langSchema.optional() });

export const rulebookQuerySchema = z.strictObject({
  asOf: instantSchema.optional().describe("Only the rules in force at this instant."),
});

export const clientRefSchema = z
  .string()
  .min(1)
  .max(200)
  .describe("The firm's own reference for the client or file (not interpreted).");

export const saveRequestSchema = z.strictObject({
  profile: z.unknown().describe("The profile (contract §1); validated by the engine."),
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
  from: instantSchema
    .optional()
    .describe("Saved at or after this instant (a date means 00:00 UTC that day)."),
  to: instantSchema.optional().describe("Saved before this instant (a date includes that whole day, UTC)."),
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
  store: z.object({ engine: z.enum(["pglite", "postgres"]), ok: z.boolean() }),
  uptimeSeconds: z.number(),
});

/**
 * Turns zod issues into the contract's error items (`path` written like `a.b[0]`), worded by `m`
 * (zod's own messages come in the language the parse was given, see messages.ts `zodLocale`).
 */
export function zodErrors(
  error: z.ZodError,
  m: ServerMessages = serverMessages("en"),
): { path: string; code: string; message: string }[] {
  const out: { path: string; code: string; message: string }[] = [];
  for (const issue of error.issues) {
    const path = joinPath("", issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({ path: joinPath(path, [key]), code: "unknown-key", message: m.unknownKey(key) });
      continue;
    }
    if (issue.code === "custom" && issue.message === BAD_INSTANT) {
      out.push({ path, code: "bad-value", message: m.badInstant() });
      continue;
    }
    const code =
      issue.code === "invalid_type"
        ? "wrong-type"
        : issue.code === "too_big" || issue.code === "too_small"
          ? "out-of-range"
          : "bad-value";
    out.push({ path, code, message: issue.message });
  }
  return out;
}

export function joinPath(prefix: string, segments: readonly PropertyKey[]): string {
  let path = prefix;
  for (const s of segments) path += typeof s === "number" ? `[${s}]` : path ? `.${String(s)}` : String(s);
  return path;
}
