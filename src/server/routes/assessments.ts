/**
 * The saved-assessment endpoints (API key): save, list, export, read, delete, reassess.
 *
 * @example
 * ```ts
 * api.route("/", assessmentRoutes({ engine, store, now }));
 * ```
 */
import { Hono } from "hono";
import type { Lang } from "../../contract/assessment.js";
import { within } from "../../engine/issues.js";
import type { Engine } from "../../engine/port.js";
import { type AssessmentStore, InvalidCursorError } from "../../store/types.js";
import { type AppEnv, type ErrorItem, errorBody, noRecord, oneError, say } from "../context.js";
import { prefixErrors, readJson, validate } from "../input.js";
import { reassessRecord } from "../reassess.js";
import { recheckLines } from "../recheck.js";
import { defineRoute, mount } from "../route-def.js";
import {
  accessLogQuerySchema,
  listQuerySchema,
  noQuerySchema,
  reassessQuerySchema,
  reassessRequestSchema,
  recheckRequestSchema,
  saveRequestSchema,
} from "../schemas.js";

const created = { description: "", headers: ["Location" as const] };

export const saveRoute = defineRoute({
  method: "post",
  path: "/assessments",
  summary: "Assess and save (profile, assessment, rulebook version, language, client reference).",
  keyed: true,
  query: noQuerySchema,
  body: { schema: "SaveRequest", required: true },
  responses: {
    201: { ...created, description: "Saved (Location: the new record).", body: "SavedAssessment" },
    400: {
      description: "Bad JSON, envelope or profile (profile errors have paths under `profile`).",
      body: "Errors",
    },
  },
});

export const listRoute = defineRoute({
  method: "get",
  path: "/assessments",
  summary: "List saved assessments, newest first (filters, keyset pagination).",
  keyed: true,
  query: listQuerySchema,
  responses: {
    200: { description: "A page.", body: "Page" },
    400: { description: "Bad filter or cursor.", body: "Errors" },
  },
});

export const exportRoute = defineRoute({
  method: "get",
  path: "/assessments/export",
  summary: "Every saved assessment as JSON Lines, oldest first.",
  keyed: true,
  query: noQuerySchema,
  responses: {
    200: {
      description: "One SavedAssessment per line.",
      body: "SavedAssessment",
      contentType: "application/x-ndjson",
      headers: ["Content-Disposition"],
    },
    400: { description: "An unknown parameter.", body: "Errors" },
  },
});

export const getRoute = defineRoute({
  method: "get",
  path: "/assessments/{id}",
  summary: "One saved assessment.",
  keyed: true,
  query: noQuerySchema,
  responses: {
    200: { description: "The record.", body: "SavedAssessment" },
    400: { description: "An unknown parameter.", body: "Errors" },
    404: { description: "No such record.", body: "Errors" },
  },
});

export const deleteRoute = defineRoute({
  method: "delete",
  path: "/assessments/{id}",
  summary:
    "Delete a saved assessment, its personal data and its re-checks (records whose reassessmentOf leads to it). " +
    "Unreadable at once; its bytes leave the database files within moments (health: erasuresPending).",
  keyed: true,
  query: noQuerySchema,
  responses: {
    204: { description: "Deleted." },
    400: { description: "An unknown parameter.", body: "Errors" },
    404: { description: "No such record.", body: "Errors" },
  },
});

export const reassessRoute = defineRoute({
  method: "post",
  path: "/assessments/{id}/reassess",
  summary:
    "Assess the saved facts again (today's rulebook, or a given arrival) and show what changed and why; " +
    "the re-check is saved as a new record linked to this one unless save is false. " +
    "The arrival and language may be given in the body (`arrival`, `lang`) or the query (`asOf`, `lang`).",
  keyed: true,
  query: reassessQuerySchema,
  body: { schema: "ReassessRequest", required: false },
  responses: {
    201: {
      ...created,
      description: "Before, after, changes and reasons; the re-check was saved (`saved`, Location header).",
      body: "Reassessment",
    },
    200: {
      description: "Before, after, changes and reasons; nothing saved (save: false).",
      body: "Reassessment",
    },
    400: {
      description:
        "Bad body, query, arrival or asOf; or the query's asOf/lang differs from the body's arrival/lang (code `conflict`).",
      body: "Errors",
    },
    404: { description: "No such record.", body: "Errors" },
  },
});

export const accessLogRoute = defineRoute({
  method: "get",
  path: "/access-log",
  summary:
    "Who (key id) did what (save, read, list, export, delete, reassess) to which record, when: the caller's tenant's log, oldest first. Ids only, no personal data.",
  keyed: true,
  query: accessLogQuerySchema,
  responses: {
    200: { description: "A page of the log (`next`: pass as `after` for the next page).", body: "AccessLog" },
    400: { description: "Bad parameter.", body: "Errors" },
  },
});

export const recheckRoute = defineRoute({
  method: "post",
  path: "/assessments/recheck",
  summary:
    "Whose advice changed: re-assess the tenant's saved records (filters as for the list) under the current rulebook, " +
    "at each record's own arrival or a given one, and stream, as JSON Lines, those whose answer changed with the " +
    "changes and the rules that made the difference; the last line is the count.",
  keyed: true,
  query: noQuerySchema,
  body: { schema: "RecheckRequest", required: false },
  responses: {
    200: {
      description: "JSON Lines: one RecheckLine per record, then the summary line.",
      body: "RecheckLine",
      contentType: "application/x-ndjson",
    },
    400: { description: "Bad body.", body: "Errors" },
  },
});

export const ASSESSMENT_ROUTES = [
  recheckRoute,
  saveRoute,
  listRoute,
  exportRoute,
  getRoute,
  deleteRoute,
  reassessRoute,
  accessLogRoute,
];

export interface AssessmentDeps {
  engine: Engine;
  store: AssessmentStore;
  now: () => Date;
}

/** The record id of a `{id}` route (its pattern makes it a UUID). */
const idOf = (c: { req: { param(name: string): string | undefined } }) => c.req.param("id") ?? "";

/** A date alone as an instant: its start (UTC), or the start of the next day for an exclusive end. */
function filterInstant(value: string | undefined, endOfDay: boolean): Date | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (endOfDay) d.setUTCDate(d.getUTCDate() + 1);
    return d;
  }
  return new Date(value);
}

export function assessmentRoutes({ engine, store, now }: AssessmentDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  mount(app, saveRoute, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.res;
    const parsed = validate(c, saveRequestSchema, body.value);
    if (!parsed.ok) return parsed.res;
    const lang: Lang = parsed.value.lang ?? "en";
    const at = now();
    const result = engine.assess(parsed.value.profile, { lang, now: at });
    if (!result.ok) return c.json(errorBody(prefixErrors(result.errors, "profile")), 400);
    const { tenant, keyId } = c.get("caller");
    const saved = await store.save(
      {
        clientRef: parsed.value.clientRef ?? null,
        lang,
        profile: parsed.value.profile,
        assessment: result.assessment,
        tenant,
      },
      at,
      { keyId, action: "save" },
    );
    return c.json(saved, 201, { Location: `/api/v1/assessments/${saved.id}` });
  });

  mount(app, listRoute, async (c, q) => {
    try {
      const { tenant, keyId } = c.get("caller");
      const page = await store.list({
        ...q,
        tenant,
        from: filterInstant(q.from, false),
        to: filterInstant(q.to, true),
      });
      await store.logAccess({ tenant, keyId, action: "list", recordId: null });
      return c.json(page);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        return c.json(oneError("bad-value", say(c).badCursor(), "cursor"), 400);
      throw error;
    }
  });

  mount(app, exportRoute, async (c) => {
    const { tenant, keyId } = c.get("caller");
    await store.logAccess({ tenant, keyId, action: "export", recordId: null });
    const encoder = new TextEncoder();
    const records = store.exportAll(tenant)[Symbol.asyncIterator]();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await records.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
      },
      async cancel() {
        await records.return?.();
      },
    });
    return c.body(stream, 200, {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": 'attachment; filename="assessments.jsonl"',
    });
  });

  mount(app, getRoute, async (c) => {
    const { tenant, keyId } = c.get("caller");
    const saved = await store.get(idOf(c), tenant);
    if (!saved) return noRecord(c);
    await store.logAccess({ tenant, keyId, action: "read", recordId: saved.id });
    return c.json(saved);
  });

  mount(app, deleteRoute, async (c) => {
    const { tenant, keyId } = c.get("caller");
    const gone = await store.delete(idOf(c), tenant);
    if (!gone) return noRecord(c);
    await store.logAccess({ tenant, keyId, action: "delete", recordId: idOf(c) });
    return c.body(null, 204);
  });

  mount(app, recheckRoute, async (c) => {
    const body = await readJson(c, true);
    if (!body.ok) return body.res;
    const parsed = validate(c, recheckRequestSchema, body.value ?? {});
    if (!parsed.ok) return parsed.res;
    const { tenant, keyId } = c.get("caller");
    const lines = recheckLines({ engine, store, now }, tenant, keyId, parsed.value);
    const encoder = new TextEncoder();
    const iterator = lines[Symbol.asyncIterator]();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    return c.body(stream, 200, { "Content-Type": "application/x-ndjson; charset=utf-8" });
  });

  mount(app, accessLogRoute, async (c, q) => {
    const { tenant } = c.get("caller");
    const lines = await store.accessLog(tenant, { after: q.after, limit: q.limit });
    const last = lines[lines.length - 1];
    return c.json({ items: lines, next: lines.length === q.limit && last ? last.seq : null });
  });

  mount(app, reassessRoute, async (c, q) => {
    const body = await readJson(c, true);
    if (!body.ok) return body.res;
    const parsed = validate(c, reassessRequestSchema, body.value ?? {});
    if (!parsed.ok) return parsed.res;
    // `?asOf=` and `?lang=` are the body's `arrival` and `lang` given in the URL: either place will
    // do, and both only with the same value (compared as given: a date and a date-time differ).
    const conflicts: ErrorItem[] = [];
    const { asOf, lang: queryLang } = q;
    const { arrival: bodyArrival, lang: bodyLang, save } = parsed.value;
    if (asOf !== undefined && bodyArrival !== undefined && asOf !== bodyArrival)
      conflicts.push({ path: "asOf", code: "conflict", message: say(c).conflictAsOf(asOf, bodyArrival) });
    if (queryLang !== undefined && bodyLang !== undefined && queryLang !== bodyLang)
      conflicts.push({ path: "lang", code: "conflict", message: say(c).conflictLang(queryLang, bodyLang) });
    if (conflicts.length > 0) return c.json(errorBody(conflicts), 400);
    const arrival = bodyArrival ?? asOf;
    // The engine's complaints about the new arrival are reported where the client wrote it.
    const arrivalPath = bodyArrival === undefined && asOf !== undefined ? "asOf" : "arrival";
    const { tenant, keyId } = c.get("caller");
    const saved = await store.get(idOf(c), tenant);
    if (!saved) return noRecord(c);
    const result = await reassessRecord({ engine, store, now: now() }, saved, {
      arrival,
      lang: bodyLang ?? queryLang,
      save,
      tenant,
    });
    if (result.kind === "ok")
      await store.logAccess({ tenant, keyId, action: "reassess", recordId: result.record?.id ?? saved.id });
    if (result.kind === "gone") return noRecord(c);
    if (result.kind === "invalid") {
      // Only the arrival can be new here; the saved profile itself was valid when saved.
      return c.json(
        errorBody(
          result.errors.map((e) =>
            e.path === "arrival" ? { ...e, path: arrivalPath } : { ...e, path: within("profile", e.path) },
          ),
        ),
        400,
      );
    }
    return result.record
      ? c.json(result.reply, 201, { Location: `/api/v1/assessments/${result.record.id}` })
      : c.json(result.reply, 200);
  });

  return app;
}
