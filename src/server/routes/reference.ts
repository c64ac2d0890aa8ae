/**
 * The stateless endpoints (no key): the assessment itself, the rulebook, the reference data, the
 * server's health and this API's OpenAPI document.
 *
 * @example
 * ```ts
 * api.route("/", referenceRoutes({ engine, store, assessor, now, openapi: () => doc }));
 * ```
 */
import { Hono } from "hono";
import type { PublishingEngine } from "../../engine/port.js";
import type { AssessmentStore } from "../../store/types.js";
import type { Assessor } from "../assess-reply.js";
import { type AppEnv, oneError, say } from "../context.js";
import { defineRoute, mount } from "../route-def.js";
import { assessQuerySchema, countriesQuerySchema, noQuerySchema, rulebookQuerySchema } from "../schemas.js";

/** The header `c.json` sets, for bodies that arrive as JSON text. */
const JSON_CONTENT = { "Content-Type": "application/json" } as const;

export const assessRoute = defineRoute({
  method: "post",
  path: "/assess",
  summary: "Assess a profile (stateless).",
  query: assessQuerySchema,
  body: { schema: "Profile", required: true },
  responses: {
    200: { description: "The assessment (docs/contract.md §2).", body: "Assessment" },
    400: { description: "Bad JSON, query or profile: every problem, with its path.", body: "Errors" },
  },
});

export const rulebookRoute = defineRoute({
  method: "get",
  path: "/rulebook",
  summary: "The rules, with sources, effective windows and last-verified dates.",
  query: rulebookQuerySchema,
  responses: {
    200: { description: "The rules (all, or those in force at asOf).", body: "Rulebook" },
    400: { description: "Bad asOf or an unknown parameter.", body: "Errors" },
  },
});

export const countriesRoute = defineRoute({
  method: "get",
  path: "/countries",
  summary:
    "Reference data (visa-exempt, conditional eTA, IME-designated, biometrics ports) with verified flags.",
  query: countriesQuerySchema,
  responses: {
    200: { description: "The data sets (or one country's entries).", body: "Countries" },
    400: { description: "Not a known country code, or an unknown parameter.", body: "Errors" },
  },
});

export const healthRoute = defineRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and store status.",
  query: noQuerySchema,
  responses: {
    200: { description: "Healthy.", body: "Health" },
    400: { description: "An unknown parameter.", body: "Errors" },
    503: { description: "The store does not answer.", body: "Health" },
  },
});

export const openapiRoute = defineRoute({
  method: "get",
  path: "/openapi.json",
  summary: "This document.",
  query: noQuerySchema,
  responses: {
    200: { description: "OpenAPI 3.1.", body: "OpenApiDocument" },
    400: { description: "An unknown parameter.", body: "Errors" },
  },
});

export const REFERENCE_ROUTES = [assessRoute, rulebookRoute, countriesRoute, healthRoute, openapiRoute];

export interface ReferenceDeps {
  engine: PublishingEngine;
  store: AssessmentStore;
  assessor: Assessor;
  now: () => Date;
  openapi: () => unknown;
}

export function referenceRoutes({ engine, store, assessor, now, openapi }: ReferenceDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const started = Date.now();

  mount(app, assessRoute, async (c, q) => {
    const reply = await assessor(await c.req.text(), q.lang ?? "en", now());
    if (reply.kind === "not-json") return c.json(oneError("not-json", say(c).notJson(reply.why)), 400);
    return c.body(reply.body, reply.status, JSON_CONTENT);
  });

  mount(app, rulebookRoute, (c, q) => {
    const rules = engine.rules(q.asOf);
    return c.json({
      rulebook: engine.version,
      coverageStart: engine.coverageStart,
      asOf: q.asOf ?? null,
      count: rules.length,
      rules,
    });
  });

  mount(app, countriesRoute, (c, q) => c.json(engine.countries(q.code) as object));

  mount(app, healthRoute, async (c) => {
    let ok = true;
    let erasuresPending = 0;
    try {
      await store.ping();
      erasuresPending = await store.erasuresPending();
    } catch {
      ok = false;
    }
    const body = {
      status: ok ? "ok" : "degraded",
      rulebook: engine.version,
      store: { engine: store.engine, ok, erasuresPending },
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    };
    return c.json(body, ok ? 200 : 503);
  });

  mount(app, openapiRoute, (c) => c.json(openapi() as object));
  return app;
}
