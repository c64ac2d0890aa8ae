/**
 * One definition per operation, used twice: to mount the handler (method, path, the query
 * schema its validator uses) and to write the operation into the OpenAPI document (openapi.ts).
 * The document's paths, parameters, bodies, statuses and headers are therefore those of the
 * routes as mounted.
 *
 * @example
 * ```ts
 * const rulebook = defineRoute({ method: "get", path: "/rulebook", summary: "The rules.", query: rulebookQuerySchema,
 *   responses: { 200: { description: "The rules.", body: "Rulebook" } } });
 * mount(api, rulebook, (c, q) => c.json(...));
 * ```
 */
import type { Context, Hono } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./context.js";
import { parseQuery } from "./input.js";

/** A response header the document names (components.headers in openapi.ts). */
export type HeaderName =
  | "Location"
  | "X-Rulebook-Version"
  | "X-Request-Id"
  | "WWW-Authenticate"
  | "Allow"
  | "Content-Disposition";

export interface ResponseDef {
  description: string;
  /** A component schema's name (openapi.ts `components`); absent: no body. */
  body?: string;
  /** Default application/json. */
  contentType?: string;
  headers?: HeaderName[];
}

export interface RouteDef<Q extends z.ZodObject = z.ZodObject> {
  method: "get" | "post" | "delete";
  /** Under /api/v1, in OpenAPI form (`/assessments/{id}`). */
  path: string;
  summary: string;
  /** The saved-assessment endpoints: an API key is required (401 otherwise). */
  keyed?: boolean;
  query: Q;
  /** The request body: a component schema's name. */
  body?: { schema: string; required: boolean; description?: string };
  responses: Record<number, ResponseDef>;
}

export function defineRoute<Q extends z.ZodObject>(route: RouteDef<Q>): RouteDef<Q> {
  return route;
}

/** A record id in a route: only a UUID matches (so `/assessments/export` is never taken for one). */
const ID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** The Hono form of an OpenAPI path: `{id}` becomes `:id{uuid pattern}`. */
export function honoPath(path: string): string {
  return path.replace(/\{id\}/g, `:id{${ID_PATTERN}}`);
}

/**
 * Mounts a route's handler with the query validator made from its own schema; the handler gets
 * the validated query.
 */
export function mount<Q extends z.ZodObject>(
  app: Hono<AppEnv>,
  route: RouteDef<Q>,
  handler: (c: Context<AppEnv>, query: z.output<Q>) => Response | Promise<Response>,
): void {
  app.on(route.method.toUpperCase(), honoPath(route.path), (c) => {
    const q = parseQuery(c, route.query);
    return q.ok ? handler(c, q.value) : q.res;
  });
}
