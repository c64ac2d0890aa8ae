/**
 * The OpenAPI 3.1 document, generated from the zod schemas the server validates with
 * (schemas.ts) and the engine's own profile schema, so the document cannot drift from the code.
 *
 * @example
 * ```ts
 * const doc = buildOpenApi(realEngine);
 * doc.paths["/api/v1/assess"].post.requestBody; // refers to #/components/schemas/Profile
 * ```
 */
import { z } from "zod";
import type { Engine } from "../engine/port.js";
import {
  assessmentSchema,
  assessQuerySchema,
  errorSchema,
  healthSchema,
  listQuerySchema,
  pageSchema,
  reassessQuerySchema,
  reassessRequestSchema,
  reassessResponseSchema,
  rulebookQuerySchema,
  savedSchema,
  saveRequestSchema,
} from "./schemas.js";

type Json = Record<string, unknown>;

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
const jsonContent = (schema: Json) => ({ "application/json": { schema } });
const errorResponse = (description: string) => ({ description, content: jsonContent(ref("Errors")) });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const standardErrors = {
  "413": errorResponse("The body is over 64 KB."),
  "405": errorResponse("Method not allowed on this path (see the Allow header)."),
};
const keyed = { security: [{ apiKey: [] }], "x-requires-api-key": true };
const keyErrors = { "401": errorResponse("Missing or wrong API key.") };

export function buildOpenApi(engine: Engine): Json {
  const saveRequest = schemaOf(saveRequestSchema, "input") as { properties: Json; required?: string[] };
  saveRequest.properties.profile = ref("Profile");
  saveRequest.required = ["profile"];
  const { $schema: _, ...profile } = engine.profileJsonSchema();

  return {
    openapi: "3.1.0",
    info: {
      title: "poe-permit HTTP API",
      version: engine.version,
      description:
        "Can this traveller apply for a Canadian work permit at the port of entry, how, with what documents? " +
        "Every response carries the rulebook version in the X-Rulebook-Version header. Errors are " +
        "`{errors:[{path,code,message}]}`; a bad profile gets the same list as the CLI (contract §5).",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "Also accepted as the X-API-Key header." },
      },
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
      },
    },
    paths: {
      "/api/v1/assess": {
        post: {
          summary: "Assess a profile (stateless).",
          parameters: queryParameters(assessQuerySchema),
          requestBody: { required: true, content: jsonContent(ref("Profile")) },
          responses: {
            "200": { description: "The assessment (contract §2).", content: jsonContent(ref("Assessment")) },
            "400": errorResponse("Bad JSON or a bad profile: every problem, with its path."),
            ...standardErrors,
          },
        },
      },
      "/api/v1/rulebook": {
        get: {
          summary: "The rules, with sources, effective windows and last-verified dates.",
          parameters: queryParameters(rulebookQuerySchema),
          responses: { "200": { description: "The rules." }, "400": errorResponse("Bad asOf.") },
        },
      },
      "/api/v1/countries": {
        get: {
          summary:
            "Reference data (visa-exempt, conditional eTA, IME-designated, biometrics ports) with verified flags.",
          parameters: [
            { name: "code", in: "query", required: false, schema: { type: "string", pattern: "^[A-Z]{2}$" } },
          ],
          responses: { "200": { description: "The data sets." }, "400": errorResponse("Bad code.") },
        },
      },
      "/api/v1/health": {
        get: {
          summary: "Liveness and store status.",
          responses: {
            "200": { description: "Healthy.", content: jsonContent(ref("Health")) },
            "503": { description: "The store does not answer.", content: jsonContent(ref("Health")) },
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { summary: "This document.", responses: { "200": { description: "OpenAPI 3.1." } } },
      },
      "/api/v1/assessments": {
        post: {
          summary: "Assess and save (profile, assessment, rulebook version, language, client reference).",
          ...keyed,
          requestBody: { required: true, content: jsonContent(ref("SaveRequest")) },
          responses: {
            "201": { description: "Saved.", content: jsonContent(ref("SavedAssessment")) },
            "400": errorResponse(
              "Bad JSON, envelope or profile (profile errors have paths under `profile`).",
            ),
            ...keyErrors,
            ...standardErrors,
          },
        },
        get: {
          summary: "List saved assessments, newest first (filters, keyset pagination).",
          ...keyed,
          parameters: queryParameters(listQuerySchema),
          responses: {
            "200": { description: "A page.", content: jsonContent(ref("Page")) },
            "400": errorResponse("Bad filter or cursor."),
            ...keyErrors,
          },
        },
      },
      "/api/v1/assessments/export": {
        get: {
          summary: "Every saved assessment as JSON Lines, oldest first.",
          ...keyed,
          responses: {
            "200": {
              description: "One SavedAssessment per line.",
              content: { "application/x-ndjson": { schema: ref("SavedAssessment") } },
            },
            ...keyErrors,
          },
        },
      },
      "/api/v1/assessments/{id}": {
        get: {
          summary: "One saved assessment.",
          ...keyed,
          parameters: [idParam],
          responses: {
            "200": { description: "The record.", content: jsonContent(ref("SavedAssessment")) },
            "404": errorResponse("No such record."),
            ...keyErrors,
          },
        },
        delete: {
          summary:
            "Delete a saved assessment, its personal data and its re-checks (records whose reassessmentOf leads to it).",
          ...keyed,
          parameters: [idParam],
          responses: {
            "204": { description: "Deleted." },
            "404": errorResponse("No such record."),
            ...keyErrors,
          },
        },
      },
      "/api/v1/assessments/{id}/reassess": {
        post: {
          summary:
            "Assess the saved facts again (today's rulebook, or a given arrival) and show what changed and why; " +
            "the re-check is saved as a new record linked to this one unless save is false. " +
            "The arrival and language may be given in the body (`arrival`, `lang`) or the query (`asOf`, `lang`).",
          ...keyed,
          parameters: [idParam, ...queryParameters(reassessQuerySchema)],
          requestBody: { required: false, content: jsonContent(ref("ReassessRequest")) },
          responses: {
            "201": {
              description:
                "Before, after, changes and reasons; the re-check was saved (`saved`, Location header).",
              content: jsonContent(ref("Reassessment")),
            },
            "200": {
              description: "Before, after, changes and reasons; nothing saved (save: false).",
              content: jsonContent(ref("Reassessment")),
            },
            "400": errorResponse(
              "Bad body, query, arrival or asOf; or the query's asOf/lang differs from the body's arrival/lang (code `conflict`).",
            ),
            "404": errorResponse("No such record."),
            ...keyErrors,
          },
        },
      },
    },
  };
}
