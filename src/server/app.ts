/**
 * The HTTP API (issue 5) as a Hono app built from its dependencies, so tests can run it on a
 * socket (main.ts) or in process (`app.request`). The app holds no rule: it validates the
 * envelope, calls the engine, and stores records.
 *
 * @example
 * ```ts
 * const app = createApp({ engine: realEngine, store, apiKey: "s3cret" });
 * const res = await app.request("/api/v1/assess?lang=fr", { method: "POST", body: JSON.stringify(profile) });
 * ```
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { methodNotAllowed } from "hono/method-not-allowed";
import type { z } from "zod";
import type { InputError, Lang } from "../contract/assessment.js";
import type { Engine } from "../engine/port.js";
import {
  type AssessmentStore,
  InvalidCursorError,
  type SavedAssessment,
  UnknownRecordError,
} from "../store/types.js";
import { type Assessor, inProcessAssessor } from "./assess-reply.js";
import { corsFor } from "./cors.js";
import { diffAssessments } from "./diff.js";
import { apiSecurityHeaderList, fixedHeadersUnder, securityHeaderList } from "./headers.js";
import { describeFailure, type RequestLogLine, requestLog, safeRequestId } from "./log.js";
import { requestLang, serverMessages, zodLocale } from "./messages.js";
import { buildOpenApi } from "./openapi.js";
import {
  assessQuerySchema,
  joinPath,
  listQuerySchema,
  reassessQuerySchema,
  reassessRequestSchema,
  rulebookQuerySchema,
  saveRequestSchema,
  zodErrors,
} from "./schemas.js";
import { webPage } from "./static.js";

export const BODY_LIMIT_BYTES = 64 * 1024;
export const RULEBOOK_HEADER = "X-Rulebook-Version";

export interface AppOptions {
  engine: Engine;
  store: AssessmentStore;
  /** The key the saved-assessment endpoints require (`Authorization: Bearer …` or `X-API-Key`). */
  apiKey: string;
  /** The clock: stamps saved records and is "now" for profiles without an arrival. */
  now?: () => Date;
  /** Where request log lines go (default: nowhere). */
  log?: (line: RequestLogLine) => void;
  /** The built web page (dist/web); a short HTML note is served at `/` when absent. */
  webRoot?: string | undefined;
  /**
   * Origins (as `parseCorsOrigins` gives them) allowed to call the API from a browser; CORS is off
   * when empty (the default). See cors.ts.
   */
  corsOrigins?: readonly string[];
  /**
   * Who does `POST /api/v1/assess`'s engine work: by default `engine` on this thread; `npm start`
   * gives the assessment thread's (assess-thread.ts), which runs the same `assessReply`.
   */
  assessor?: Assessor;
}

/** Hono's security headers with the page's content security policy (computed once, see headers.ts). */
const PAGE_SECURITY_HEADERS = securityHeaderList({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", "blob:"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
  // Agrees with frame-ancestors 'none' (older browsers read only this one).
  xFrameOptions: "DENY",
});
/** The JSON API's shorter set (OWASP's REST list; ADR 0011). */
const API_SECURITY_HEADERS = apiSecurityHeaderList();

/** The header `c.json` sets, for bodies that arrive as JSON text. */
const JSON_CONTENT = { "Content-Type": "application/json" } as const;

type ErrorItem = { path: string; code: string; message: string };

const errorBody = (errors: ErrorItem[]) => ({ errors });
const oneError = (code: string, message: string, path = "") => errorBody([{ path, code, message }]);
/** The messages of this request's errors, in its language (messages.ts). */
const say = (c: Context) => serverMessages(requestLang(c));
const noRecord = (c: Context) => c.json(oneError("not-found", say(c).noRecord()), 404);

/**
 * A zod parse of request data, with zod's own messages in the request's language. The language
 * only matters for messages, so it is looked up (query, then `Accept-Language`) only when the
 * data is refused, and the data parsed again with it.
 */
function parseIn<S extends z.ZodType>(c: Context, schema: S, data: unknown) {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed : schema.safeParse(data, zodLocale(requestLang(c)));
}

function prefixErrors(errors: readonly InputError[], prefix: string): ErrorItem[] {
  return errors.map((e) => ({ ...e, path: e.path ? `${prefix}.${e.path}`.replace(".[", "[") : prefix }));
}

/** The query string as a plain object (first value of a repeated key), for strict validation. */
function queryObject(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  const url = c.req.url;
  if (!url.includes("?")) return out; // most requests: no URL parsing at all
  for (const [k, v] of new URL(url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}

function parseQuery<S extends z.ZodType>(
  c: Context,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; res: Response } {
  const parsed = parseIn(c, schema, queryObject(c));
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, res: c.json(errorBody(zodErrors(parsed.error, say(c))), 400) };
}

/** Reads a JSON body; an empty body is `undefined` when `optional`. */
async function readJson(
  c: Context,
  optional = false,
): Promise<{ ok: true; value: unknown } | { ok: false; res: Response }> {
  const text = await c.req.text();
  if (optional && text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      res: c.json(oneError("not-json", say(c).notJson(why)), 400),
    };
  }
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}

/**
 * The request body limit. A request that declares its length (`Content-Length`, no
 * `Transfer-Encoding`) is judged on that header alone; Node's HTTP parser never reads more than it
 * declares. GET and HEAD carry no body. Anything else goes through Hono's `bodyLimit`, which counts
 * the bytes as they stream: asking the request for its body stream makes the Node adapter build a full
 * `Request` object, which cost more than the assessment itself under load.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) => c.json(oneError("too-large", say(c).tooLarge(maxBytes / 1024)), 413);
  const streaming = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const length = c.req.header("content-length");
    if (length !== undefined && /^\d+$/.test(length) && c.req.header("transfer-encoding") === undefined)
      return Number(length) > maxBytes ? tooLarge(c) : next();
    if (c.req.method === "GET" || c.req.method === "HEAD") return next(); // no body to read
    return streaming(c, next);
  };
}

/** Constant-time API key check; accepts `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function apiKeyAuth(apiKey: string): MiddlewareHandler {
  const expected = digest(apiKey);
  return async (c, next) => {
    const auth = c.req.header("authorization");
    const given = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? c.req.header("x-api-key");
    if (given === undefined) {
      return c.json(oneError("unauthorized", say(c).keyMissing()), 401, {
        "WWW-Authenticate": 'Bearer realm="poe-permit"',
      });
    }
    if (!timingSafeEqual(digest(given), expected)) {
      return c.json(oneError("unauthorized", say(c).keyInvalid()), 401, {
        "WWW-Authenticate": 'Bearer realm="poe-permit", error="invalid_token"',
      });
    }
    await next();
  };
}

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

const FALLBACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>poe-permit</title></head>
<body><h1>poe-permit</h1><p>The web page is not built yet: run <code>npm run build</code> (and the web build) and restart.</p>
<p>The HTTP API is under <a href="/api/v1/openapi.json"><code>/api/v1/</code></a>.</p></body></html>`;

export function createApp(options: AppOptions): Hono {
  const { engine, store } = options;
  const now = options.now ?? (() => new Date());
  const assessor = options.assessor ?? inProcessAssessor(engine);
  const openapi = buildOpenApi(engine);
  const started = Date.now();
  const app = new Hono();

  app.use(
    fixedHeadersUnder("/api/", API_SECURITY_HEADERS, PAGE_SECURITY_HEADERS, [
      [RULEBOOK_HEADER, engine.version],
    ]),
  );
  app.use(safeRequestId());
  if (options.log) app.use(requestLog(options.log));
  if (options.corsOrigins?.length) app.use("/api/*", corsFor(options.corsOrigins));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          oneError("method-not-allowed", say(c).methodNotAllowed(c.req.method, methods.join(", "))),
          405,
          { Allow: methods.join(", ") },
        ),
    }),
  );
  app.use("/api/*", limitBody(BODY_LIMIT_BYTES));
  app.use("/api/v1/assessments", apiKeyAuth(options.apiKey));
  app.use("/api/v1/assessments/*", apiKeyAuth(options.apiKey));

  // ---- stateless endpoints (no key) ----

  app.post("/api/v1/assess", async (c) => {
    const q = parseQuery(c, assessQuerySchema);
    if (!q.ok) return q.res;
    const reply = await assessor(await c.req.text(), q.value.lang ?? "en", now());
    if (reply.kind === "not-json") return c.json(oneError("not-json", say(c).notJson(reply.why)), 400);
    return c.body(reply.body, reply.status, JSON_CONTENT);
  });

  app.get("/api/v1/rulebook", (c) => {
    const q = parseQuery(c, rulebookQuerySchema);
    if (!q.ok) return q.res;
    const rules = engine.rules(q.value.asOf);
    return c.json({
      rulebook: engine.version,
      coverageStart: engine.coverageStart,
      asOf: q.value.asOf ?? null,
      count: rules.length,
      rules,
    });
  });

  app.get("/api/v1/countries", (c) => {
    const code = c.req.query("code");
    if (code !== undefined && !/^[A-Z]{2}$/.test(code)) {
      return c.json(oneError("bad-value", say(c).badCountryCode(), "code"), 400);
    }
    return c.json(engine.countries(code));
  });

  app.get("/api/v1/health", async (c) => {
    let ok = true;
    try {
      await store.ping();
    } catch {
      ok = false;
    }
    const body = {
      status: ok ? "ok" : "degraded",
      rulebook: engine.version,
      store: { engine: store.engine, ok },
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    };
    return c.json(body, ok ? 200 : 503);
  });

  app.get("/api/v1/openapi.json", (c) => c.json(openapi));

  // ---- saved assessments (API key) ----

  app.post("/api/v1/assessments", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.res;
    const parsed = parseIn(c, saveRequestSchema, body.value);
    if (!parsed.success) return c.json(errorBody(zodErrors(parsed.error, say(c))), 400);
    const lang: Lang = parsed.data.lang ?? "en";
    const at = now();
    const result = engine.assess(parsed.data.profile, { lang, now: at });
    if (!result.ok) return c.json(errorBody(prefixErrors(result.errors, "profile")), 400);
    const saved = await store.save(
      {
        clientRef: parsed.data.clientRef ?? null,
        lang,
        profile: parsed.data.profile,
        assessment: result.assessment,
      },
      at,
    );
    return c.json(saved, 201, { Location: `/api/v1/assessments/${saved.id}` });
  });

  app.get("/api/v1/assessments", async (c) => {
    const q = parseQuery(c, listQuerySchema);
    if (!q.ok) return q.res;
    try {
      const page = await store.list({
        ...q.value,
        from: filterInstant(q.value.from, false),
        to: filterInstant(q.value.to, true),
      });
      return c.json(page);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        return c.json(oneError("bad-value", say(c).badCursor(), "cursor"), 400);
      throw error;
    }
  });

  app.get("/api/v1/assessments/export", async (c) => {
    const encoder = new TextEncoder();
    const records = store.exportAll()[Symbol.asyncIterator]();
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

  app.get("/api/v1/assessments/:id", async (c) => {
    const saved = await store.get(c.req.param("id"));
    return saved ? c.json(saved) : noRecord(c);
  });

  app.delete("/api/v1/assessments/:id", async (c) => {
    const gone = await store.delete(c.req.param("id"));
    return gone ? c.body(null, 204) : noRecord(c);
  });

  app.post("/api/v1/assessments/:id/reassess", async (c) => {
    const q = parseQuery(c, reassessQuerySchema);
    if (!q.ok) return q.res;
    const body = await readJson(c, true);
    if (!body.ok) return body.res;
    const parsed = parseIn(c, reassessRequestSchema, body.value ?? {});
    if (!parsed.success) return c.json(errorBody(zodErrors(parsed.error, say(c))), 400);
    // `?asOf=` and `?lang=` are the body's `arrival` and `lang` given in the URL: either place will
    // do, and both only with the same value (compared as given: a date and a date-time differ).
    const conflicts: ErrorItem[] = [];
    const { asOf, lang: queryLang } = q.value;
    if (asOf !== undefined && parsed.data.arrival !== undefined && asOf !== parsed.data.arrival) {
      conflicts.push({
        path: "asOf",
        code: "conflict",
        message: say(c).conflictAsOf(asOf, parsed.data.arrival),
      });
    }
    if (queryLang !== undefined && parsed.data.lang !== undefined && queryLang !== parsed.data.lang) {
      conflicts.push({
        path: "lang",
        code: "conflict",
        message: say(c).conflictLang(queryLang, parsed.data.lang),
      });
    }
    if (conflicts.length > 0) return c.json(errorBody(conflicts), 400);
    const arrival = parsed.data.arrival ?? asOf;
    // The engine's complaints about the new arrival are reported where the client wrote it.
    const arrivalPath = parsed.data.arrival === undefined && asOf !== undefined ? "asOf" : "arrival";
    const saved = await store.get(c.req.param("id"));
    if (!saved) return noRecord(c);
    const lang = parsed.data.lang ?? queryLang ?? saved.lang;
    const profile =
      arrival === undefined ? saved.profile : { ...(saved.profile as Record<string, unknown>), arrival };
    const at = now();
    const result = engine.assess(profile, { lang, now: at });
    if (!result.ok) {
      // Only the arrival can be new here; the saved profile itself was valid when saved.
      return c.json(
        errorBody(
          result.errors.map((e) =>
            e.path === "arrival"
              ? { ...e, path: arrivalPath }
              : { ...e, path: joinPath("profile", [e.path]) },
          ),
        ),
        400,
      );
    }
    const fresh = result.assessment;
    const diff = diffAssessments(saved.assessment, fresh, {
      // Both instants come from assessments (`asOf`), so a RangeError here is a fault: a 500, logged.
      before: engine.rules(saved.asOf),
      after: engine.rules(fresh.asOf),
    });
    // The re-check is itself advice: by default it is kept as a new record linked to this one, so
    // the firm's trace shows when it was re-checked, under which rulebook, and with what result.
    let record: SavedAssessment | null = null;
    if (parsed.data.save !== false) {
      try {
        record = await store.save(
          { clientRef: saved.clientRef, lang, profile, assessment: fresh, reassessmentOf: saved.id },
          at,
        );
      } catch (error) {
        // Deleted between the read above and this write.
        if (error instanceof UnknownRecordError) return noRecord(c);
        throw error;
      }
    }
    const reply = {
      id: saved.id,
      saved: record ? summaryOf(record) : null,
      changed: diff.changed,
      before: { rulebook: saved.rulebook, asOf: saved.asOf, assessment: saved.assessment },
      after: { rulebook: fresh.rulebook, asOf: fresh.asOf, assessment: fresh },
      changes: diff.changes,
      why: diff.why,
    };
    return record ? c.json(reply, 201, { Location: `/api/v1/assessments/${record.id}` }) : c.json(reply, 200);
  });

  // ---- the web page ----

  const webRoot =
    options.webRoot && existsSync(join(options.webRoot, "index.html")) ? options.webRoot : undefined;
  if (webRoot) {
    app.use("*", webPage(webRoot));
  } else {
    app.get("/", (c) => c.html(FALLBACK_PAGE));
  }

  app.notFound((c) => c.json(oneError("not-found", say(c).noRoute(c.req.method, c.req.path)), 404));
  app.onError((error, c) => {
    // Names, codes and stack frames only: an error message can quote the personal data (log.ts).
    console.error(`request ${c.get("requestId" as never) ?? "-"} failed: ${describeFailure(error)}`);
    return c.json(oneError("internal", say(c).internal()), 500);
  });
  return app;
}

function summaryOf(record: SavedAssessment): Omit<SavedAssessment, "profile" | "assessment"> {
  const { profile: _profile, assessment: _assessment, ...summary } = record;
  return summary;
}
