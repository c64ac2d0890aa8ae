import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Assessment } from "../contract/assessment.js";
import type { PublishingEngine } from "../engine/port.js";
import { fakeEngine as testEngine } from "../engine/testing/fake-engine.js";
import type { AssessmentStore, NewSavedAssessment, Page, SavedAssessment } from "../store/types.js";
import { createApp } from "./app.js";
import {
  batchedLines,
  describeFailure,
  type RequestLogLine,
  requestLog,
  safeRequestId,
  UNKNOWN_PATH,
} from "./log.js";

const ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";

describe("loggablePath: the pattern of the route that answered, never what the caller typed", () => {
  it.each([
    ["POST", "/api/v1/assess", "/api/v1/assess"],
    ["GET", "/api/v1/assessments", "/api/v1/assessments"],
    ["GET", "/api/v1/assessments/export", "/api/v1/assessments/export"],
    ["GET", `/api/v1/assessments/${ID}`, "/api/v1/assessments/:id"],
    ["DELETE", `/api/v1/assessments/${ID.toUpperCase()}`, "/api/v1/assessments/:id"],
    ["POST", `/api/v1/assessments/${ID}/reassess`, "/api/v1/assessments/:id/reassess"],
    // Whatever a caller typed in place of an id, a route or a file is not echoed, whatever the status.
    ["GET", "/api/v1/assessments/Jean-Dupont", UNKNOWN_PATH],
    ["POST", "/api/v1/assessments/Jean-Dupont/reassess", UNKNOWN_PATH],
    ["GET", `/api/v1/assessments/${ID}/Jean-Dupont`, UNKNOWN_PATH],
    ["GET", `/api/v1/assessments/${ID}x`, UNKNOWN_PATH],
    ["GET", "/api/v1/Jean-Dupont", UNKNOWN_PATH],
    ["GET", "/Jean-Dupont", UNKNOWN_PATH],
    ["GET", "/", "/"],
  ])("%s %s is logged as %s", async (method, path, expected) => {
    const lines: RequestLogLine[] = [];
    const app = createApp({
      engine: fakeEngine,
      store: memoryStore(),
      apiKey: KEY,
      log: (l) => lines.push(l),
    });
    await app.request(path, { method, headers: { authorization: `Bearer ${KEY}` } });
    expect(lines.map((l) => l.path)).toEqual([expected]);
  });
});

describe("safeRequestId", () => {
  const app = new Hono();
  app.use(safeRequestId());
  app.get("/", (c) => c.text(String(c.get("requestId" as never))));
  const UUIDISH = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it.each([
    ["no header", undefined, "new"],
    ["a client's UUID", ID, "kept"],
    ["a client's UUID in capitals", ID.toUpperCase(), "kept"],
    ["a name", "Jean-Dupont", "new"],
    ["an API key", "test-key-not-secret-42", "new"],
    ["a UUID with more after it", `${ID}-Jean`, "new"],
  ])("%s", async (_, given, outcome) => {
    const res = await app.request("/", given ? { headers: { "x-request-id": given } } : {});
    const id = res.headers.get("x-request-id");
    expect(await res.text()).toBe(id);
    expect(id).toMatch(UUIDISH);
    if (outcome === "kept") expect(id).toBe(ID);
    else expect(id).not.toBe(given);
  });
});

describe("describeFailure", () => {
  it("keeps names, database codes and stack frames; drops every message", () => {
    const pgError = Object.assign(new Error("duplicate key value: Key (client_ref)=(Dupont-SECRET)"), {
      code: "23505",
      name: "error",
    });
    const wrapped = new Error(
      'Failed query: insert into "assessments" values ($1) params: {"portOfEntry":"Lacolle-SECRET"}',
      { cause: pgError },
    );
    wrapped.name = "DrizzleQueryError";
    const text = describeFailure(wrapped);
    expect(text.split("\n")[0]).toBe("DrizzleQueryError <- caused by error (23505)");
    expect(text).toMatch(/\n\s+at /);
    expect(text).not.toContain("SECRET");
    expect(text).not.toContain("Failed query");
  });

  it.each([
    ["a string thrown", "Dupont-SECRET", "string"],
    ["an object thrown", { clientRef: "Dupont-SECRET" }, "object"],
    ["an odd code", Object.assign(new RangeError("x"), { code: "Dupont SECRET (long)" }), "RangeError"],
  ])("%s", (_, thrown, expected) => {
    expect(describeFailure(thrown).split("\n")[0]).toBe(expected);
  });
});

describe("requestLog", () => {
  it("writes one line per request with exactly t, id, method, path, status, ms", async () => {
    const lines: RequestLogLine[] = [];
    const app = new Hono();
    app.use(safeRequestId());
    app.use(requestLog((l) => lines.push(l)));
    app.post("/api/v1/assess", (c) => c.json({ ok: true }, 201));
    const before = Date.now();
    const res = await app.request("/api/v1/assess?lang=fr", { method: "POST", body: "{}" });
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Object.keys(line ?? {}).sort()).toEqual(["id", "method", "ms", "path", "status", "t"]);
    expect(line).toMatchObject({
      id: res.headers.get("x-request-id"),
      method: "POST",
      path: "/api/v1/assess",
      status: 201,
    });
    expect(Date.parse(line?.t ?? "")).toBeGreaterThanOrEqual(before - 1);
    expect(line?.ms).toBeGreaterThanOrEqual(0);
  });
});

// ---- the whole app: nothing a caller sends reaches the log ----

const KEY = "Key-SECRET-7f3a9c";
const CLIENT = "Dupont-SECRET-client";
const PORT = "Lacolle-SECRET-port";
const MARKERS = [KEY, CLIENT, PORT, "SECRET"];

function fakeAssessment(profile: unknown): Assessment {
  return {
    contract: 1,
    rulebook: "test-rulebook",
    asOf: "2026-03-01T00:00:00-05:00",
    verifiedThrough: "2026-02-12",
    poe: "yes",
    route: "apply-at-poe",
    blockers: [],
    documents: [{ code: "passport", text: `Passport for ${JSON.stringify(profile)}` }],
    advisories: [],
    missing: [],
    refine: [],
  };
}

const fakeEngine: PublishingEngine = {
  ...testEngine,
  version: "test-rulebook",
  coverageStart: "2024-01-01T00:00:00Z",
  assess: (input) =>
    typeof input === "object" && input !== null && "age" in input
      ? { ok: false, errors: [{ path: "age", code: "wrong-type", message: `age ${JSON.stringify(input)}` }] }
      : { ok: true, assessment: fakeAssessment(input) },
  rules: () => [],
  profileJsonSchema: () => ({ type: "object" }),
  countries: () => ({}),
};

/** An in-memory store; `failSaves` makes save throw the way drizzle does, quoting the row. */
function memoryStore(failSaves = false): AssessmentStore {
  const rows = new Map<string, SavedAssessment>();
  return {
    engine: "pglite",
    erasuresPending: async () => 0,
    erasuresSettled: async () => {},
    logAccess: async () => {},
    accessLog: async () => [],
    async save(record: NewSavedAssessment, now = new Date()) {
      if (failSaves)
        throw Object.assign(new Error(`Failed query: insert ... params: ${JSON.stringify(record)}`), {
          cause: Object.assign(new Error(`Key (client_ref)=(${record.clientRef})`), { code: "23505" }),
        });
      const saved: SavedAssessment = {
        id: randomUUID(),
        createdAt: now.toISOString(),
        clientRef: record.clientRef,
        lang: record.lang,
        rulebook: record.assessment.rulebook,
        asOf: record.assessment.asOf,
        poe: record.assessment.poe,
        route: record.assessment.route,
        reassessmentOf: record.reassessmentOf ?? null,
        profile: record.profile,
        assessment: record.assessment,
      };
      rows.set(saved.id, saved);
      return saved;
    },
    async get(id) {
      return rows.get(id);
    },
    async list(): Promise<Page> {
      return { items: [...rows.values()], total: rows.size, nextCursor: null };
    },
    async delete(id) {
      return rows.delete(id);
    },
    async *exportAll() {
      yield* rows.values();
    },
    async ping() {},
    async close() {},
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the app's logs hold no personal data", () => {
  it("no profile value, client reference, API key or body in any log line; only the allowed fields", async () => {
    const lines: RequestLogLine[] = [];
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(" "));
    });
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(" "));
    });
    const app = createApp({
      engine: fakeEngine,
      store: memoryStore(),
      apiKey: KEY,
      log: (l) => lines.push(l),
    });
    const failing = createApp({
      engine: fakeEngine,
      store: memoryStore(true),
      apiKey: KEY,
      log: (l) => lines.push(l),
    });
    const profile = { citizenships: ["FR"], permit: "pgwp", portOfEntry: PORT };
    const json = { "content-type": "application/json" };
    const keyed = { ...json, authorization: `Bearer ${KEY}` };
    const saved = await app.request("/api/v1/assessments", {
      method: "POST",
      headers: keyed,
      body: JSON.stringify({ profile, clientRef: CLIENT }),
    });
    expect(saved.status).toBe(201);
    const id = ((await saved.json()) as { id: string }).id;

    const requests: [string, string, RequestInit?][] = [
      [
        "stateless assess",
        "/api/v1/assess",
        { method: "POST", headers: json, body: JSON.stringify(profile) },
      ],
      [
        "a bad profile (the error quotes it)",
        "/api/v1/assess",
        { method: "POST", headers: json, body: JSON.stringify({ ...profile, age: CLIENT }) },
      ],
      ["bad JSON", "/api/v1/assess", { method: "POST", headers: json, body: `{"portOfEntry":"${PORT}"` }],
      [
        "a body over the limit",
        "/api/v1/assess",
        { method: "POST", headers: json, body: JSON.stringify({ portOfEntry: PORT.repeat(5000) }) },
      ],
      ["list by client reference", `/api/v1/assessments?clientRef=${CLIENT}`, { headers: keyed }],
      ["the key in the query string", `/api/v1/assessments?key=${KEY}`, { headers: keyed }],
      ["read", `/api/v1/assessments/${id}`, { headers: keyed }],
      ["export", "/api/v1/assessments/export", { headers: keyed }],
      [
        "reassess",
        `/api/v1/assessments/${id}/reassess`,
        { method: "POST", headers: keyed, body: JSON.stringify({ arrival: "2026-04-01" }) },
      ],
      ["a wrong key", "/api/v1/assessments", { headers: { authorization: `Bearer ${KEY}x` } }],
      ["the key as X-API-Key", "/api/v1/assessments", { headers: { "x-api-key": KEY } }],
      ["a name in place of an id, no key", `/api/v1/assessments/${CLIENT}`],
      ["a name in place of an id", `/api/v1/assessments/${CLIENT}`, { headers: keyed }],
      ["a name as a route", `/api/v1/${CLIENT}`],
      ["a name as a page", `/${CLIENT}`],
      ["personal data as the request id", "/api/v1/health", { headers: { "x-request-id": CLIENT } }],
      ["the key as the request id", "/api/v1/health", { headers: { "x-request-id": KEY } }],
      ["delete", `/api/v1/assessments/${id}`, { method: "DELETE", headers: keyed }],
    ];
    for (const [what, path, init] of requests) {
      const res = await app.request(path, init);
      expect(res.status, what).toBeLessThan(500);
    }
    const failed = await failing.request("/api/v1/assessments", {
      method: "POST",
      headers: keyed,
      body: JSON.stringify({ profile, clientRef: CLIENT }),
    });
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("SECRET");

    expect(lines).toHaveLength(requests.length + 2);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(["id", "method", "ms", "path", "status", "t"]);
      expect(typeof line.t).toBe("string");
      expect(line.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(["GET", "POST", "DELETE"]).toContain(line.method);
      expect(API_ROUTES.includes(line.path) || line.path === UNKNOWN_PATH, line.path).toBe(true);
      expect(Number.isInteger(line.status)).toBe(true);
      expect(typeof line.ms).toBe("number");
    }
    // The statuses show the requests did what they were meant to (so the check below means something).
    expect(lines.map((l) => l.status)).toEqual([
      201, 200, 400, 400, 413, 200, 400, 200, 200, 201, 401, 200, 401, 404, 404, 404, 200, 200, 204, 500,
    ]);
    expect(errors.length).toBeGreaterThan(0); // the failure was logged ...
    expect(errors.join("\n")).toContain("(23505)"); // ... usefully ...
    const everything = JSON.stringify(lines) + errors.join("\n");
    for (const marker of MARKERS) expect(everything, marker).not.toContain(marker); // ... and without data
  });
});

/** The app's API routes as the log shows them. */
const API_ROUTES = [
  "/api/v1/assess",
  "/api/v1/rulebook",
  "/api/v1/countries",
  "/api/v1/health",
  "/api/v1/openapi.json",
  "/api/v1/assessments",
  "/api/v1/assessments/export",
  "/api/v1/assessments/:id",
  "/api/v1/assessments/:id/reassess",
  "/api/v1/access-log",
];

describe("batchedLines", () => {
  const sink = () => {
    const chunks: string[] = [];
    return { chunks, stream: { write: (c: string) => chunks.push(c) } };
  };

  it("writes the lines of an interval as one chunk, in order, once the interval is over", async () => {
    const { chunks, stream } = sink();
    const out = batchedLines(stream, { intervalMs: 30 });
    for (let i = 0; i < 100; i++) out.write(`line ${i}`);
    await new Promise((r) => setImmediate(r));
    expect(chunks).toEqual([]); // still within the interval
    await new Promise((r) => setTimeout(r, 60));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.split("\n").slice(0, -1)).toEqual(Array.from({ length: 100 }, (_, i) => `line ${i}`));
    out.write("later");
    await new Promise((r) => setTimeout(r, 60));
    expect(chunks).toEqual([chunks[0], "later\n"]); // a new interval starts with the next line
  });

  it("writes at once when the pending text reaches the bound, and flush() writes the rest", () => {
    const { chunks, stream } = sink();
    const out = batchedLines(stream, { maxPending: 10 });
    out.write("123456789"); // 10 bytes with its newline: written now
    out.write("ab");
    expect(chunks).toEqual(["123456789\n"]);
    out.flush();
    expect(chunks).toEqual(["123456789\n", "ab\n"]);
    out.flush(); // nothing waiting: nothing written
    expect(chunks).toHaveLength(2);
  });
});
