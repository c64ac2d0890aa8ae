/**
 * The OpenAPI document tells the truth: requests generated from the document itself (valid and
 * invalid query values, unknown parameters, good and hostile bodies; fast-check, a bounded number
 * of cases) go to a real server, and every response is checked against the document: its status
 * is one the operation documents, its JSON body is valid by the documented schema (ajv, JSON Schema
 * 2020-12 as OpenAPI 3.1 uses), the documented headers are present, and no answer is a 500.
 */
import { rm } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "conformance-key";
const RUNS_PER_OPERATION = 30;

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  op: {
    parameters?: { name: string; in: string; schema: Json }[];
    requestBody?: { required: boolean; content: Record<string, { schema: { $ref: string } }> };
    responses: Record<
      string,
      { headers?: Record<string, unknown>; content?: Record<string, { schema: { $ref: string } }> }
    >;
    security?: unknown[];
  };
}

let server: RunningServer;
let dataDir = "";
let doc: { paths: Record<string, Record<string, Operation["op"]>>; components: { schemas: Json } };
let ajv: InstanceType<typeof Ajv2020>;
const ids: string[] = [];
const PROFILES = [
  { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" },
  { citizenships: ["IN"], permit: "lmia-exempt", arrival: "2024-06-01" },
  { citizenships: ["US"], arrival: "2026-03-01T14:30:00-05:00" },
];

beforeAll(async () => {
  dataDir = await freshDataDir();
  server = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_LOG: "off",
  });
  doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as typeof doc;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: unknown) => void)(ajv);
  // The document's component schemas as one JSON Schema with $defs, refs rewritten to match.
  const defs = JSON.parse(
    JSON.stringify(doc.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"),
  );
  ajv.addSchema({ $id: "https://poe-permit.test/components", $defs: defs });
  for (const profile of PROFILES) {
    const res = await fetch(`${server.url}/api/v1/assessments`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ profile, clientRef: "conformance" }),
    });
    ids.push(((await res.json()) as { id: string }).id);
  }
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const validatorOf = (ref: string) => {
  const v = ajv.getSchema(
    `https://poe-permit.test/components${ref.replace("#/components/schemas/", "#/$defs/")}`,
  );
  if (!v) throw new Error(`no schema ${ref}`);
  return v;
};

/** A good value for a parameter, from its schema (enum, pattern-ish formats, bounds). */
function goodValue(schema: Json): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.type === "integer" || schema.type === "number")
    return fc.integer({ min: Number(schema.minimum ?? 0), max: Number(schema.maximum ?? 1000) }).map(String);
  if (Array.isArray(schema.anyOf) && JSON.stringify(schema.anyOf).includes("date"))
    return fc
      .tuple(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.boolean(),
      )
      .map(([d, dateOnly]) => (dateOnly ? d.toISOString().slice(0, 10) : d.toISOString()));
  if (schema.format === "uuid") return fc.uuid({ version: 4 });
  if (typeof schema.pattern === "string" && schema.pattern.includes("A-Z]{2}"))
    return fc.constantFrom("FR", "IN", "US");
  return fc.string({ unit: fc.constantFrom(..."abcdefXYZ0129-_ é"), minLength: 1, maxLength: 20 });
}

/** Anything a client might type. */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.constantFrom(
    "2026-02-30",
    "9999-12-31",
    "0000-01-01",
    "2026-03-01T24:00:00Z",
    "a\u0000b",
    "-1",
    "1e9",
    "",
    "%",
  ),
);

function requestArbitrary({ op, path }: Operation) {
  const query = (op.parameters ?? []).filter((p) => p.in === "query");
  const params = fc.record(
    Object.fromEntries(
      // A cursor is only good when the server issued it: generated ones are spoilt values.
      query.map((p) => [
        p.name,
        p.name === "cursor"
          ? fc.constant(undefined)
          : fc.option(goodValue(p.schema), { freq: 2, nil: undefined }),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string | undefined>>;
  const unknown = fc.option(fc.constantFrom("bogus", "__proto__", "constructor", "toString"), {
    freq: 5,
    nil: undefined,
  });
  const id = fc.oneof(fc.constantFrom(...ids), fc.uuid());
  const bodyRef = op.requestBody?.content["application/json"]?.schema.$ref;
  const profile = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PROFILES) }, fc.jsonValue());
  const body: fc.Arbitrary<unknown> =
    bodyRef === "#/components/schemas/Profile"
      ? profile
      : bodyRef === "#/components/schemas/SaveRequest"
        ? fc.oneof(
            {
              weight: 3,
              arbitrary: fc.record({
                profile,
                clientRef: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
              }),
            },
            fc.jsonValue(),
          )
        : bodyRef
          ? fc.oneof(
              fc.record(
                {
                  arrival: fc.oneof(goodValue({ anyOf: [{ format: "date" }] }), hostile),
                  save: fc.boolean(),
                  lang: fc.constantFrom("en", "fr", "de"),
                },
                { requiredKeys: [] },
              ),
              fc.jsonValue(),
            )
          : fc.constant(undefined);
  // At most one parameter spoilt per request, so that good requests are common too.
  const spoil = fc.option(fc.tuple(fc.nat(), hostile), { freq: 3, nil: undefined });
  return fc
    .record({
      clean: fc.boolean(),
      params,
      spoil,
      unknown,
      id,
      body,
      rawBody: fc.option(fc.string({ maxLength: 20 }), { freq: 8, nil: undefined }),
    })
    .map((r) => {
      const qs = new URLSearchParams();
      const values = { ...r.params };
      if (r.clean) {
        r.spoil = undefined;
        r.unknown = undefined;
        r.rawBody = undefined;
      }
      if (r.spoil && query.length > 0) values[query[r.spoil[0] % query.length]!.name] = r.spoil[1];
      for (const [k, v] of Object.entries(values)) if (v !== undefined) qs.append(k, v);
      if (r.unknown) qs.append(r.unknown, "1");
      const search = qs.toString();
      return {
        clean: r.clean,
        url: `${path.replace("{id}", r.id)}${search ? `?${search}` : ""}`,
        body: bodyRef ? (r.rawBody ?? JSON.stringify(r.body ?? {})) : undefined,
      };
    });
}

function operations(): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) out.push({ method, path, op });
  return out;
}

describe("every operation answers as its OpenAPI document says", () => {
  it("the document has every operation the server mounts", () => {
    expect(
      operations()
        .map((o) => `${o.method} ${o.path}`)
        .sort(),
    ).toEqual(
      [
        "delete /api/v1/assessments/{id}",
        "get /api/v1/access-log",
        "get /api/v1/assessments",
        "get /api/v1/assessments/export",
        "get /api/v1/assessments/{id}",
        "get /api/v1/countries",
        "get /api/v1/health",
        "get /api/v1/openapi.json",
        "get /api/v1/rulebook",
        "post /api/v1/assess",
        "post /api/v1/assessments",
        "post /api/v1/assessments/{id}/reassess",
        "post /api/v1/assessments/recheck",
      ].sort(),
    );
  });

  it("generated requests: documented status, valid body, documented headers, never a 500", async () => {
    const seen = new Map<string, Set<number>>();
    const examples = new Map<string, string>();
    for (const operation of operations()) {
      const { method, op } = operation;
      const statuses = new Set<number>();
      seen.set(`${method} ${operation.path}`, statuses);
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation), fc.nat(9), async (req, keyDice) => {
          const withKey = req.clean || keyDice > 0;
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (withKey || !op.security) headers.authorization = `Bearer ${KEY}`;
          const res = await fetch(`${server.url}${req.url}`, {
            method: method.toUpperCase(),
            headers,
            ...(req.body !== undefined ? { body: req.body } : {}),
          });
          const text = await res.text();
          statuses.add(res.status);
          if (!examples.has(`${method} ${operation.path} ${res.status}`))
            examples.set(`${method} ${operation.path} ${res.status}`, `${req.url} ${text.slice(0, 200)}`);
          const where = `${method.toUpperCase()} ${req.url} ${req.body?.slice(0, 200) ?? ""} -> ${res.status} ${text.slice(0, 300)}`;
          expect(res.status, where).not.toBe(500);
          const documented = op.responses[String(res.status)];
          expect(documented, `undocumented status: ${where}`).toBeDefined();
          for (const h of Object.keys(documented?.headers ?? {}))
            expect(res.headers.get(h), `header ${h}: ${where}`).not.toBeNull();
          const content = documented?.content;
          if (content?.["application/json"]) {
            const validate = validatorOf(content["application/json"].schema.$ref);
            const ok = validate(JSON.parse(text));
            expect(ok, `${where}\n${JSON.stringify(validate.errors)}`).toBe(true);
          } else if (content?.["application/x-ndjson"]) {
            const validate = validatorOf(content["application/x-ndjson"].schema.$ref);
            for (const line of text.split("\n").filter(Boolean))
              expect(validate(JSON.parse(line)), `${where}\n${JSON.stringify(validate.errors)}`).toBe(true);
          } else {
            expect(text, where).toBe("");
          }
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
    // The generator reached both good and refused answers (so the checks above mean something).
    const shown = JSON.stringify([...examples], null, 1);
    expect([...(seen.get("get /api/v1/assessments") ?? [])], shown).toEqual(
      expect.arrayContaining([200, 400]),
    );
    expect([...(seen.get("post /api/v1/assess") ?? [])], shown).toEqual(expect.arrayContaining([200, 400]));
    expect([...(seen.get("get /api/v1/rulebook") ?? [])], shown).toEqual(expect.arrayContaining([200, 400]));
  }, 240_000);
});
