/**
 * The HTTP API as a Hono app built from its dependencies, so tests can run it on a socket
 * (main.ts) or in process (`app.request`). The app holds no rule: middleware (headers, request id,
 * log, CORS, 405, body limit, API key) plus the route modules under routes/, mounted with
 * `app.route()`; each route's definition (route-def.ts) also writes its part of the OpenAPI document.
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
import { type Context, Hono } from "hono";
import { methodNotAllowed } from "hono/method-not-allowed";
import type { PublishingEngine } from "../engine/port.js";
import type { AssessmentStore } from "../store/types.js";
import { type Assessor, inProcessAssessor } from "./assess-reply.js";
import { type AppEnv, oneError, say } from "./context.js";
import { corsFor } from "./cors.js";
import { apiSecurityHeaderList, fixedHeadersUnder, securityHeaderList } from "./headers.js";
import { DEFAULT_TENANT, type KeyBook, LEGACY_KEY_ID } from "./keys.js";
import { describeFailure, type RequestLogLine, requestLog, safeRequestId } from "./log.js";
import { apiKeyAuth, limitBody } from "./middleware.js";
import { API_BASE, buildOpenApi } from "./openapi.js";
import type { RouteDef } from "./route-def.js";
import { ASSESSMENT_ROUTES, assessmentRoutes } from "./routes/assessments.js";
import { REFERENCE_ROUTES, referenceRoutes } from "./routes/reference.js";
import { webPage } from "./static.js";

export const BODY_LIMIT_BYTES = 64 * 1024;
export const RULEBOOK_HEADER = "X-Rulebook-Version";

/** Every operation of the API, as mounted and as documented. */
export const API_ROUTES: readonly RouteDef[] = [...REFERENCE_ROUTES, ...ASSESSMENT_ROUTES];

export interface AppOptions {
  engine: PublishingEngine;
  store: AssessmentStore;
  /** The key the saved-assessment endpoints require (`Authorization: Bearer …` or `X-API-Key`). */
  apiKey: string;
  /**
   * The named keys (keys.ts `KeyBook`, re-read from the data folder); without it only `apiKey`
   * is accepted, as the `initial` key of the default tenant.
   */
  keys?: Pick<KeyBook, "check">;
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
/** The JSON API's shorter set (OWASP's REST list; ADR 0028). */
const API_SECURITY_HEADERS = apiSecurityHeaderList();

const FALLBACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>poe-permit</title></head>
<body><h1>poe-permit</h1><p>The web page is not built yet: run <code>npm run build</code> (and the web build) and restart.</p>
<p>The HTTP API is under <a href="/api/v1/openapi.json"><code>/api/v1/</code></a>.</p></body></html>`;

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { engine, store } = options;
  const now = options.now ?? (() => new Date());
  const assessor = options.assessor ?? inProcessAssessor(engine);
  const openapi = buildOpenApi(engine, API_ROUTES);
  const app = new Hono<AppEnv>();

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
  const keys = options.keys ?? singleKey(options.apiKey);
  app.use(`${API_BASE}/assessments`, apiKeyAuth(keys));
  app.use(`${API_BASE}/assessments/*`, apiKeyAuth(keys));
  app.use(`${API_BASE}/access-log`, apiKeyAuth(keys));

  app.route(API_BASE, referenceRoutes({ engine, store, assessor, now, openapi: () => openapi }));
  app.route(API_BASE, assessmentRoutes({ engine, store, now }));

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
    if (clientClosed(error, c)) {
      // Not a server fault: the request log shows 499 (nginx's "client closed request"), no stack.
      return c.json(oneError("client-closed", say(c).clientClosed()), 499 as never);
    }
    // Names, codes and stack frames only: an error message can quote the personal data (log.ts).
    console.error(`request ${c.get("requestId") ?? "-"} failed: ${describeFailure(error)}`);
    return c.json(oneError("internal", say(c).internal()), 500);
  });
  return app;
}

/** Only the one key, as the `initial` key of the default tenant (constant-time comparison). */
function singleKey(apiKey: string): Pick<KeyBook, "check"> {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  const expected = digest(apiKey);
  return {
    check: (given) =>
      timingSafeEqual(digest(given), expected)
        ? { keyId: LEGACY_KEY_ID, name: "initial key", tenant: DEFAULT_TENANT }
        : undefined,
  };
}

/** True when reading the request failed because the client hung up (aborted mid-body). */
function clientClosed(error: unknown, c: Context): boolean {
  if (c.req.raw.signal.aborted) return true;
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (e.name === "AbortError" || code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE")
      return true;
    if (e.message === "aborted" || e.message === "Connection closed.") return true;
  }
  return false;
}
