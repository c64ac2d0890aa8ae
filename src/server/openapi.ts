/**
 * The OpenAPI 3.1 document, generated from the route definitions the server mounts (route-def.ts:
 * path, method, the query schema its validator uses, body, statuses, headers) and the zod schemas
 * of the bodies (schemas.ts), plus the engine's own profile schema. Routes and document cannot
 * drift: both come from the same objects.
 *
 * @example
 * ```ts
 * const doc = buildOpenApi(realEngine, API_ROUTES);
 * doc.paths["/api/v1/assess"].post.requestBody; // refers to #/components/schemas/Profile
 * ```
 */
import { z } from "zod";
import type { PublishingEngine } from "../engine/port.js";
import type { HeaderName, RouteDef } from "./route-def.js";
import {
  accessLogSchema,
  assessmentSchema,
  countriesResponseSchema,
  errorSchema,
  healthSchema,
  pageSchema,
  reassessRequestSchema,
  reassessResponseSchema,
  recheckLineSchema,
  recheckRequestSchema,
  rulebookResponseSchema,
  savedSchema,
  saveRequestSchema,
} from "./schemas.js";

type Json = Record<string, unknown>;

export const API_BASE = "/api/v1";

function schemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return rest;
}

/** Query parameters from a strict object schema: one parameter per key. */
function queryParameters(schema: z.ZodObject): Json[] {
  const json = schemaOf(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    ...(typeof s.description === "string" ? { description: s.description } : {}),
    schema: s,
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const headerRef = (name: HeaderName) => ({ $ref: `#/components/headers/${name}` });
const UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
const idParam = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", format: "uuid", pattern: UUID_PATTERN },
};

/** Headers on every response (headers.ts, log.ts). */
const EVERY_RESPONSE: HeaderName[] = ["X-Rulebook-Version", "X-Request-Id"];

const HEADERS: Record<HeaderName, Json> = {
  "X-Rulebook-Version": { description: "The rulebook version that answered.", schema: { type: "string" } },
  "X-Request-Id": {
    description: "This request's id (the client's own X-Request-Id when it is a UUID).",
    schema: { type: "string", format: "uuid" },
  },
  Location: { description: "The new record.", schema: { type: "string" } },
  "WWW-Authenticate": { description: "The Bearer challenge.", schema: { type: "string" } },
  Allow: { description: "The methods this path has.", schema: { type: "string" } },
  "Content-Disposition": { description: "A file name for the download.", schema: { type: "string" } },
};

function response(
  description: string,
  body?: string,
  headers: HeaderName[] = [],
  contentType = "application/json",
) {
  return {
    description,
    headers: Object.fromEntries([...EVERY_RESPONSE, ...headers].map((h) => [h, headerRef(h)])),
    ...(body ? { content: { [contentType]: { schema: ref(body) } } } : {}),
  };
}

function operation(route: RouteDef): Json {
  const responses: Record<string, Json> = {};
  for (const [status, r] of Object.entries(route.responses))
    responses[status] = response(r.description, r.body, r.headers, r.contentType);
  if (route.keyed) responses["401"] = response("Missing or wrong API key.", "Errors", ["WWW-Authenticate"]);
  responses["405"] = response("Method not allowed on this path (see the Allow header).", "Errors", ["Allow"]);
  responses["413"] = response("The body is over 64 KB.", "Errors");
  responses["500"] = response("Internal error (the request id is in X-Request-Id).", "Errors");
  return {
    summary: route.summary,
    operationId: `${route.method}${route.path.replace(/[{}]/g, "").replace(/[/.](\w)/g, (_, ch: string) => ch.toUpperCase())}`,
    ...(route.keyed ? { security: [{ apiKey: [] }], "x-requires-api-key": true } : {}),
    parameters: [...(route.path.includes("{id}") ? [idParam] : []), ...queryParameters(route.query)],
    ...(route.body
      ? {
          requestBody: {
            required: route.body.required,
            content: { "application/json": { schema: ref(route.body.schema) } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApi(engine: PublishingEngine, routes: readonly RouteDef[]): Json {
  const saveRequest = schemaOf(saveRequestSchema, "input") as { properties: Json; required?: string[] };
  saveRequest.properties.profile = ref("Profile");
  saveRequest.required = ["profile"];
  const { $schema: _, ...profile } = engine.profileJsonSchema();

  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = `${API_BASE}${route.path}`;
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "poe-permit HTTP API",
      version: engine.version,
      description:
        "Can this traveller apply for a Canadian work permit at the port of entry, how, with what documents? " +
        "Every response carries the rulebook version in the X-Rulebook-Version header. Errors are " +
        "`{errors:[{path,code,message}]}`; a bad profile gets the same list as the CLI (docs/contract.md §5). " +
        "Unknown query parameters are refused on every operation. docs/api.md is the guide.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "Also accepted as the X-API-Key header." },
      },
      headers: HEADERS,
      schemas: {
        Profile: profile,
        Assessment: schemaOf(assessmentSchema, "output"),
        Errors: schemaOf(errorSchema, "output"),
        SaveRequest: saveRequest,
        SavedAssessment: schemaOf(savedSchema, "output"),
        Page: schemaOf(pageSchema, "output"),
        ReassessRequest: schemaOf(reassessRequestSchema, "input"),
        Reassessment: schemaOf(reassessResponseSchema, "output"),
        Health: schemaOf(healthSchema, "output"),
        AccessLog: schemaOf(accessLogSchema, "output"),
        RecheckRequest: schemaOf(recheckRequestSchema, "input"),
        RecheckLine: schemaOf(recheckLineSchema, "output"),
        Rulebook: schemaOf(rulebookResponseSchema, "output"),
        Countries: schemaOf(countriesResponseSchema, "output"),
        OpenApiDocument: {
          type: "object",
          required: ["openapi", "info", "paths", "components"],
          properties: { openapi: { const: "3.1.0" } },
        },
      },
    },
    paths,
  };
}
