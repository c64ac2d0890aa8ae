/**
 * End-to-end: the real server on a loopback port, every endpoint over HTTP.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assess, RULEBOOK_VERSION, rulesInForce } from "../../src/engine/index.js";
import { profileSchema } from "../../src/engine/validate.js";
import {
  assessmentSchema,
  healthSchema,
  pageSchema,
  reassessResponseSchema,
  savedSchema,
} from "../../src/server/schemas.js";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCENARIO_DIR = fileURLToPath(new URL("../fixtures/scenarios/", import.meta.url));
const scenarios = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((file) => ({
    file,
    ...(JSON.parse(readFileSync(SCENARIO_DIR + file, "utf8")) as { profile: unknown; lang?: "en" | "fr" }),
  }));

/** Runs the CLI from source (as `npx poe-permit` does once built), feeding the profile on stdin. */
function runCli(
  args: string[],
  input: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const KEY = "test-key-not-secret-42";
const CLIENT_MARKER = "ClientRef-Dupont-7f3a";
const PORT_MARKER = "Crossing-Lacolle-Zq9";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await freshDataDir();
  // Without the tuned launcher's malloc setting (ADR 0027), which the server mentions when it starts.
  server = await startServer({ POE_PERMIT_DATA_DIR: dataDir, POE_PERMIT_API_KEY: KEY, GLIBC_TUNABLES: "" });
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** Scenario 008 (a PGWP) arriving on 2024-06-01, before the PGWP change of 2024-06-21. */
function pgwpBeforeTheChange(): object {
  const pgwp = scenarios.find((s) => s.file.startsWith("008"));
  if (!pgwp) throw new Error("scenario 008 missing");
  return { ...(pgwp.profile as object), arrival: "2024-06-01" };
}

const url = (path: string) => `${server.url}${path}`;
const auth = { authorization: `Bearer ${KEY}` };
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url(path), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/v1/assess", () => {
  it.each(scenarios)("$file: the server answers exactly what assess() answers", async ({ profile, lang }) => {
    const res = await post(`/api/v1/assess${lang ? `?lang=${lang}` : ""}`, profile);
    const before = Date.now();
    const expected = assess(profile, { lang: lang ?? "en" });
    expect(res.headers.get("x-rulebook-version")).toBe(RULEBOOK_VERSION);
    const body = await res.json();
    if (!expected.ok) {
      expect(res.status).toBe(400);
      expect(body).toEqual({ errors: expected.errors });
      return;
    }
    expect(res.status).toBe(200);
    // The server adds the interview layer's `whatWouldChange` to a "no" (as the CLI does); the
    // contract part must equal the engine's assessment.
    expect("whatWouldChange" in body).toBe(expected.assessment.poe === "no");
    delete body.whatWouldChange;
    if ((profile as { arrival?: string }).arrival === undefined) {
      // "now" differs by the time between the two calls: compare the rest, and the instant roughly.
      expect({ ...body, asOf: "" }).toEqual({ ...expected.assessment, asOf: "" });
      expect(Math.abs(Date.parse(body.asOf) - before)).toBeLessThan(60_000);
    } else {
      expect(body).toEqual(expected.assessment);
    }
    expect(assessmentSchema.safeParse(body).success).toBe(true);
  });

  it("answers exactly what `poe-permit assess --json` prints, for a few scenarios", async () => {
    const picked = scenarios.filter((x) => /^(001|008|019|022|023|024|025)/.test(x.file));
    expect(picked).toHaveLength(7);
    for (const s of picked) {
      const lang = s.lang ?? "en";
      const [cli, res] = await Promise.all([
        runCli(["assess", "--json", "--lang", lang], JSON.stringify(s.profile)),
        post(`/api/v1/assess?lang=${lang}`, s.profile),
      ]);
      const body = await res.json();
      if (res.status === 200) {
        expect(cli.status, s.file).toBe(0);
        const printed = JSON.parse(cli.stdout);
        if ((s.profile as { arrival?: string }).arrival === undefined) {
          expect({ ...body, asOf: "" }).toEqual({ ...printed, asOf: "" });
        } else {
          expect(body, s.file).toEqual(printed);
        }
      } else {
        expect(res.status, s.file).toBe(400);
        expect(cli.status, s.file).toBe(2);
        // The CLI prints the same problems (paths and messages) to standard error.
        for (const e of body.errors as { path: string; message: string }[]) {
          expect(cli.stderr, s.file).toContain(e.path);
          expect(cli.stderr, s.file).toContain(e.message);
        }
      }
    }
  });

  it("answers byte for byte the same with the assessment thread off (POE_PERMIT_ASSESS_THREAD=off)", async () => {
    await vi.waitFor(() => expect(server.stdout()).toContain("assessments: on their own thread"));
    const offDir = await freshDataDir();
    const off = await startServer({
      POE_PERMIT_DATA_DIR: offDir,
      POE_PERMIT_API_KEY: KEY,
      POE_PERMIT_ASSESS_THREAD: "off",
      GLIBC_TUNABLES: "glibc.malloc.mmap_threshold=32768", // as `npm start` sets it
    });
    try {
      await vi.waitFor(() => expect(off.stdout()).toContain("assessments: on the main thread"));
      // The start-up note about the malloc setting: on the server started without it only.
      expect(server.stdout()).toContain("memory: GLIBC_TUNABLES has no malloc mmap_threshold");
      expect(off.stdout()).not.toContain("memory:");
      const bodies = [...scenarios.map((s) => JSON.stringify(s.profile)), "{oops"];
      for (const body of bodies) {
        for (const lang of ["en", "fr"]) {
          const init = { method: "POST", headers: { "content-type": "application/json" }, body };
          const [a, b] = await Promise.all([
            fetch(url(`/api/v1/assess?lang=${lang}`), init),
            fetch(`${off.url}/api/v1/assess?lang=${lang}`, init),
          ]);
          expect([a.status, a.headers.get("content-type")]).toEqual([
            b.status,
            b.headers.get("content-type"),
          ]);
          // The text answers are labelled as Hono's `c.json` labels its own (the not-JSON error).
          expect(a.headers.get("content-type")).toBe("application/json");
          const [ta, tb] = [await a.text(), await b.text()];
          // Profiles without an arrival date are assessed "now": the two servers' clocks differ.
          const noDate = (t: string) => t.replace(/"asOf":"[^"]*"/, '"asOf":""');
          expect(noDate(ta), body.slice(0, 60)).toBe(noDate(tb));
        }
      }
    } finally {
      await off.stop();
      await rm(offDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("bad JSON is a 400 with the error list", async () => {
    const res = await post("/api/v1/assess", "{not json");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ path: "", code: "not-json" });
  });

  it("every problem of a bad profile is listed with its path", async () => {
    const res = await post("/api/v1/assess", { citizenships: ["ZQ"], age: -3, nationality: "FR" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "age",
      "citizenships[0]",
      "nationality",
    ]);
  });

  it("rejects an unknown language and unknown query parameters", async () => {
    const de = await post("/api/v1/assess?lang=de", {});
    expect(de.status).toBe(400);
    expect((await de.json()).errors[0]).toMatchObject({ path: "lang", code: "bad-value" });
    const typo = await post("/api/v1/assess?langue=fr", {});
    expect(typo.status).toBe(400);
    expect((await typo.json()).errors[0]).toMatchObject({ path: "langue", code: "unknown-key" });
  });

  it("words the API's own errors in French for ?lang=fr or Accept-Language: fr, in English otherwise", async () => {
    const fr = { "accept-language": "fr-CA,fr;q=0.9" };
    const messageOf = async (res: Response) =>
      ((await res.json()) as { errors: { message: string }[] }).errors;
    expect((await messageOf(await post("/api/v1/assess?lang=fr", "{oops")))[0]!.message).toMatch(
      /^Le corps de la requête n'est pas du JSON valide/,
    );
    expect((await messageOf(await post("/api/v1/assess?lang=de", {}, fr)))[0]!.message).toMatch(
      /^Option invalide/, // zod's own message, in French
    );
    expect((await messageOf(await post("/api/v1/assess?langue=fr", {}, fr)))[0]!.message).toBe(
      "Clé inconnue «\u00a0langue\u00a0».",
    );
    expect(
      (await messageOf(await fetch(url("/api/v1/rulebook?asOf=soon"), { headers: fr })))[0],
    ).toMatchObject({
      path: "asOf",
      code: "bad-value",
      message: expect.stringMatching(/^Date attendue/),
    });
    expect((await messageOf(await fetch(url("/api/v1/nowhere"), { headers: fr })))[0]!.message).toBe(
      "Aucune route pour GET /api/v1/nowhere.",
    );
    expect((await messageOf(await fetch(url("/api/v1/assessments"), { headers: fr })))[0]!.message).toMatch(
      /clé d'API/,
    );
    // The same requests without a French preference keep the English messages.
    expect((await messageOf(await post("/api/v1/assess", "{oops")))[0]!.message).toMatch(
      /^The request body is not valid JSON/,
    );
    expect((await messageOf(await fetch(url("/api/v1/rulebook?asOf=soon"))))[0]!.message).toBe(
      "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset.",
    );
  });

  it("a body over 64 KB is a 413 JSON error, with or without Content-Length", async () => {
    const big = JSON.stringify({ portOfEntry: "x".repeat(70 * 1024) });
    const res = await post("/api/v1/assess", big);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].code).toBe("too-large");
    expect(res.headers.get("x-rulebook-version")).toBe(RULEBOOK_VERSION);

    const chunks = [big.slice(0, 40_000), big.slice(40_000)];
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const chunked = await fetch(url("/api/v1/assess"), {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).errors[0].code).toBe("too-large");
  });

  it("a body just under 64 KB is read (and judged by the engine)", async () => {
    const res = await post("/api/v1/assess", JSON.stringify({ portOfEntry: "x".repeat(60 * 1024) }));
    expect(res.status).toBe(400); // portOfEntry is at most 120 characters: the engine says so
    expect((await res.json()).errors[0].path).toBe("portOfEntry");
  });
});

describe("routing, headers, hardening", () => {
  it("unknown routes are 404 JSON, wrong methods 405 JSON with Allow", async () => {
    const missing = await fetch(url("/api/v1/nope"));
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].code).toBe("not-found");
    expect(missing.headers.get("x-rulebook-version")).toBe(RULEBOOK_VERSION);

    const wrong = await fetch(url("/api/v1/assess"), { method: "GET" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect((await wrong.json()).errors[0].code).toBe("method-not-allowed");

    const put = await fetch(url("/api/v1/health"), { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toContain("GET");
  });

  it("sends security headers, a request id, and no CORS headers by default", async () => {
    const res = await fetch(url("/api/v1/health"), { headers: { origin: "https://evil.example" } });
    // The API's answers carry OWASP's REST set (ADR 0028), and none of the page's document policies.
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    expect(res.headers.get("referrer-policy")).toBeNull();
    expect(res.headers.get("cross-origin-opener-policy")).toBeNull();
    expect(res.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(url("/api/v1/assess"), {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
    const keyedPreflight = await fetch(url("/api/v1/assessments"), {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect([...keyedPreflight.headers.keys()].filter((h) => h.startsWith("access-control-"))).toEqual([]);
    expect(server.stdout()).toContain("CORS: off");
  });

  it("serves the web page (or the note that it is not built) at /", async () => {
    const res = await fetch(url("/"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("x-rulebook-version")).toBe(RULEBOOK_VERSION);
    // The page keeps the full set: its own content security policy and the document policies.
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(await res.text()).toMatch(/<html/i);
  });
});

describe("stateless reference endpoints", () => {
  it("GET /api/v1/rulebook lists every rule with sources, windows and last-verified dates", async () => {
    const res = await fetch(url("/api/v1/rulebook"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.rulebook).toBe(RULEBOOK_VERSION);
    expect(body.rules.length).toBeGreaterThan(10);
    for (const r of body.rules) {
      expect(r).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          sources: expect.any(Array),
          lastVerified: expect.any(String),
        }),
      );
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r).not.toHaveProperty("when");
    }
  });

  it("GET /api/v1/rulebook?asOf= gives the rules in force then", async () => {
    for (const asOf of ["2024-06-20", "2024-06-22", "2025-01-10T12:00:00-05:00"]) {
      const body = await (await fetch(url(`/api/v1/rulebook?asOf=${encodeURIComponent(asOf)}`))).json();
      expect(body.rules.map((r: { id: string }) => r.id)).toEqual(rulesInForce(asOf).map((r) => r.id));
    }
    const a = await (await fetch(url("/api/v1/rulebook?asOf=2024-06-20"))).json();
    const b = await (await fetch(url("/api/v1/rulebook?asOf=2026-06-20"))).json();
    expect(a.rules.map((r: { id: string }) => r.id)).not.toEqual(b.rules.map((r: { id: string }) => r.id));
    const bad = await fetch(url("/api/v1/rulebook?asOf=yesterday"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("asOf");
  });

  it("GET /api/v1/countries gives the reference data with verified flags", async () => {
    const body = await (await fetch(url("/api/v1/countries"))).json();
    expect(Object.keys(body.datasets).sort()).toEqual([
      "biometricsPorts",
      "conditionalEta",
      "imeDesignated",
      "visaExempt",
    ]);
    expect(body.summary.imeDesignated.unverified).toBeGreaterThan(0);
    for (const set of Object.values(body.datasets) as { entries: { verified: unknown }[] }[]) {
      expect(set.entries.every((e) => typeof e.verified === "boolean")).toBe(true);
    }
    const fr = await (await fetch(url("/api/v1/countries?code=FR"))).json();
    expect(fr.code).toBe("FR");
    expect(fr.datasets.visaExempt.entries.map((e: { iso2: string }) => e.iso2)).toEqual(["FR"]);
    expect((await fetch(url("/api/v1/countries?code=fr"))).status).toBe(400);
  });

  it("GET /api/v1/health", async () => {
    const res = await fetch(url("/api/v1/health"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(healthSchema.parse(body)).toMatchObject({ status: "ok", store: { engine: "pglite", ok: true } });
  });

  it("GET /api/v1/openapi.json is OpenAPI 3.1 built from the schemas the server uses", async () => {
    const doc = await (await fetch(url("/api/v1/openapi.json"))).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/access-log",
        "/api/v1/assess",
        "/api/v1/assessments",
        "/api/v1/assessments/export",
        "/api/v1/assessments/recheck",
        "/api/v1/assessments/{id}",
        "/api/v1/assessments/{id}/reassess",
        "/api/v1/countries",
        "/api/v1/health",
        "/api/v1/openapi.json",
        "/api/v1/rulebook",
      ].sort(),
    );
    expect(Object.keys(doc.components.schemas.Profile.properties).sort()).toEqual(
      Object.keys(profileSchema.shape).sort(),
    );
    expect(doc.components.schemas.Profile.additionalProperties).toBe(false);
    expect(doc.components.schemas.SaveRequest.properties.profile).toEqual({
      $ref: "#/components/schemas/Profile",
    });
    expect(doc.paths["/api/v1/assessments"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      "poe",
      "route",
      "clientRef",
      "reassessmentOf",
      "from",
      "to",
      "limit",
      "cursor",
    ]);
    expect(doc.components.schemas.Assessment.properties.poe.enum).toEqual(["yes", "no", "unknown"]);
    const reassess = doc.paths["/api/v1/assessments/{id}/reassess"].post;
    expect(reassess.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      "path:id",
      "query:asOf",
      "query:lang",
    ]);
    const asOfParam = reassess.parameters.find((p: { name: string }) => p.name === "asOf");
    expect(asOfParam).toMatchObject({
      required: false,
      schema: { type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] },
    });
    expect(asOfParam.schema.pattern).toMatch(/^\^/);
    expect(asOfParam.description).toContain("arrival");
  });
});

describe("saved assessments", () => {
  const keyed = [
    ["GET", "/api/v1/assessments"],
    ["POST", "/api/v1/assessments"],
    ["GET", "/api/v1/assessments/export"],
    ["GET", "/api/v1/assessments/00000000-0000-4000-8000-000000000000"],
    ["DELETE", "/api/v1/assessments/00000000-0000-4000-8000-000000000000"],
    ["POST", "/api/v1/assessments/00000000-0000-4000-8000-000000000000/reassess"],
  ] as const;

  it.each(keyed)("%s %s needs the API key", async (method, path) => {
    const none = await fetch(url(path), { method });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect((await none.json()).errors[0].code).toBe("unauthorized");
    const wrong = await fetch(url(path), { method, headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const viaHeader = await fetch(url(path), { method, headers: { "x-api-key": KEY } });
    expect(viaHeader.status).not.toBe(401);
  });

  it("save, read, list with filters and pages, export, reassess, delete", async () => {
    const pgwp = scenarios.find((s) => s.file.startsWith("008"));
    const fr = scenarios.find((s) => s.file.startsWith("022"));
    if (!pgwp || !fr) throw new Error("scenarios missing");

    const created = await post(
      "/api/v1/assessments",
      { profile: pgwp.profile, clientRef: CLIENT_MARKER },
      auth,
    );
    expect(created.status).toBe(201);
    const saved = savedSchema.parse(await created.json());
    expect(created.headers.get("location")).toBe(`/api/v1/assessments/${saved.id}`);
    const direct = assess(pgwp.profile, { lang: "en" });
    if (!direct.ok) throw new Error("scenario 008 should assess");
    expect(saved.assessment).toEqual(direct.assessment);
    expect(saved).toMatchObject({
      clientRef: CLIENT_MARKER,
      lang: "en",
      rulebook: RULEBOOK_VERSION,
      poe: direct.assessment.poe,
    });

    const frRes = await post(
      "/api/v1/assessments",
      { profile: { ...(fr.profile as object), portOfEntry: PORT_MARKER }, lang: "fr", clientRef: "other" },
      auth,
    );
    expect(frRes.status).toBe(201);
    const frSaved = await frRes.json();
    expect(frSaved.lang).toBe("fr");
    for (let i = 0; i < 4; i++)
      expect(
        (await post("/api/v1/assessments", { profile: pgwp.profile, clientRef: "bulk" }, auth)).status,
      ).toBe(201);

    const one = await fetch(url(`/api/v1/assessments/${saved.id}`), { headers: auth });
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(saved);

    const byClient = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?clientRef=${CLIENT_MARKER}`), { headers: auth })).json(),
    );
    expect(byClient.items.map((i) => i.id)).toEqual([saved.id]);
    const byPoe = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?poe=${saved.poe}`), { headers: auth })).json(),
    );
    expect(byPoe.items.every((i) => i.poe === saved.poe)).toBe(true);
    expect(byPoe.total).toBeGreaterThanOrEqual(5);
    const today = new Date().toISOString().slice(0, 10);
    const byDate = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?from=${today}&to=${today}`), { headers: auth })).json(),
    );
    expect(byDate.total).toBe(6);
    const future = pageSchema.parse(
      await (await fetch(url("/api/v1/assessments?from=2999-01-01"), { headers: auth })).json(),
    );
    expect(future.total).toBe(0);

    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/v1/assessments?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page = pageSchema.parse(await (await fetch(url(q), { headers: auth })).json());
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);

    for (const bad of ["limit=0", "limit=1000", "poe=maybe", "cursor=zzz", "outcome=yes", "from=soon"]) {
      const res = await fetch(url(`/api/v1/assessments?${bad}`), { headers: auth });
      expect(res.status, bad).toBe(400);
      expect((await res.json()).errors.length, bad).toBeGreaterThan(0);
    }

    const exported = await fetch(url("/api/v1/assessments/export"), { headers: auth });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await exported.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.id === saved.id)).toEqual(saved);

    // Reassess as saved, without saving: nothing changed, nothing stored.
    const same = await post(`/api/v1/assessments/${saved.id}/reassess`, { save: false }, auth);
    expect(same.status).toBe(200);
    expect(same.headers.get("location")).toBeNull();
    const sameBody = reassessResponseSchema.parse(await same.json());
    expect(sameBody.changed).toBe(false);
    expect(sameBody.changes).toEqual([]);
    expect(sameBody.saved).toBeNull();
    expect(sameBody.id).toBe(saved.id);
    // An empty body is {}: today's rulebook, the saved arrival, and the re-check is kept.
    const kept = await post(`/api/v1/assessments/${saved.id}/reassess`, "", auth);
    expect(kept.status).toBe(201);
    const keptBody = reassessResponseSchema.parse(await kept.json());
    expect(keptBody.changed).toBe(false);
    expect(keptBody.saved).toMatchObject({ reassessmentOf: saved.id, clientRef: CLIENT_MARKER });
    expect(kept.headers.get("location")).toBe(`/api/v1/assessments/${keptBody.saved?.id}`);

    // Reassess before the PGWP change of 2024-06-21: the answer changes, with reasons and sources.
    const then = await post(
      `/api/v1/assessments/${saved.id}/reassess`,
      { arrival: "2024-03-01", save: false },
      auth,
    );
    expect(then.status).toBe(200);
    const badArrival = await post(
      `/api/v1/assessments/${saved.id}/reassess`,
      { arrival: "2019-01-01" },
      auth,
    );
    expect(badArrival.status).toBe(400);
    expect((await badArrival.json()).errors[0]).toMatchObject({ path: "arrival", code: "outside-coverage" });

    // Delete: gone with its re-check, and gone again.
    const del = await fetch(url(`/api/v1/assessments/${saved.id}`), { method: "DELETE", headers: auth });
    expect(del.status).toBe(204);
    expect((await fetch(url(`/api/v1/assessments/${saved.id}`), { headers: auth })).status).toBe(404);
    expect((await fetch(url(`/api/v1/assessments/${keptBody.saved?.id}`), { headers: auth })).status).toBe(
      404,
    );
    expect(
      (await fetch(url(`/api/v1/assessments/${saved.id}`), { method: "DELETE", headers: auth })).status,
    ).toBe(404);
    expect((await post(`/api/v1/assessments/${saved.id}/reassess`, {}, auth)).status).toBe(404);
    const after = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?clientRef=${CLIENT_MARKER}`), { headers: auth })).json(),
    );
    expect(after.total).toBe(0);
    expect((await fetch(url("/api/v1/assessments/not-a-uuid"), { headers: auth })).status).toBe(404);
  });

  it("reassess across the PGWP change of 2024-06-21: new answer, old answer, what changed and the rule why; the re-check is recorded", async () => {
    const profile = pgwpBeforeTheChange();
    const created = await post("/api/v1/assessments", { profile, clientRef: "rule-change" }, auth);
    expect(created.status).toBe(201);
    const original = savedSchema.parse(await created.json());
    expect(original).toMatchObject({ poe: "yes", route: "apply-at-poe", reassessmentOf: null });

    const res = await post(`/api/v1/assessments/${original.id}/reassess`, { arrival: "2024-07-01" }, auth);
    expect(res.status).toBe(201);
    const body = reassessResponseSchema.parse(await res.json());
    const expected = assess({ ...profile, arrival: "2024-07-01" }, { lang: "en" });
    if (!expected.ok) throw new Error("should assess");

    // The old answer as it was saved, the new one exactly as the engine gives it.
    expect(body.id).toBe(original.id);
    expect(body.before).toEqual({
      rulebook: original.rulebook,
      asOf: original.asOf,
      assessment: original.assessment,
    });
    expect(body.after).toEqual({
      rulebook: RULEBOOK_VERSION,
      asOf: expected.assessment.asOf,
      assessment: expected.assessment,
    });
    // What changed ...
    expect(body.changed).toBe(true);
    expect(body.changes).toEqual(
      expect.arrayContaining([
        { field: "poe", from: "yes", to: "no" },
        { field: "route", from: "apply-at-poe", to: "apply-online-first" },
        expect.objectContaining({ field: "blockers", removed: [] }),
      ]),
    );
    // ... and why: the blocker that appeared, with the rule that raised it and its sources, and
    // that rule among those that came into force between the two arrivals.
    const blocker = expected.assessment.blockers.find((b) => b.code === "pgwp");
    if (!blocker) throw new Error("the engine should raise the pgwp blocker after 2024-06-21");
    expect(body.why.explanations).toContainEqual({
      change: "added",
      field: "blockers",
      code: "pgwp",
      rule: blocker.rule,
      text: blocker.because,
      sources: blocker.sources,
    });
    expect(blocker.sources.length).toBeGreaterThan(0);
    const entered = body.why.rulesEntered as { id: string; effective: { from?: string } }[];
    const pgwpRule = entered.find((r) => r.id === blocker.rule);
    expect(pgwpRule?.effective.from).toMatch(/^2024-06-21/);
    expect(body.why.asOf).toEqual({ from: original.asOf, to: expected.assessment.asOf });
    expect(body.why.rulebook).toBeNull();

    // The re-check is a record of its own, linked to the original, holding the facts it used.
    expect(body.saved).toMatchObject({
      reassessmentOf: original.id,
      clientRef: "rule-change",
      poe: "no",
      route: "apply-online-first",
      asOf: expected.assessment.asOf,
    });
    const recheck = savedSchema.parse(
      await (await fetch(url(`/api/v1/assessments/${body.saved?.id}`), { headers: auth })).json(),
    );
    expect(recheck.assessment).toEqual(expected.assessment);
    expect((recheck.profile as { arrival: string }).arrival).toBe("2024-07-01");
    expect(recheck.reassessmentOf).toBe(original.id);
    const linked = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?reassessmentOf=${original.id}`), { headers: auth })).json(),
    );
    expect(linked.items.map((i) => i.id)).toEqual([recheck.id]);
    // The original is untouched.
    expect(await (await fetch(url(`/api/v1/assessments/${original.id}`), { headers: auth })).json()).toEqual(
      original,
    );

    // The other way round (re-checking the re-check at the earlier date) removes the blocker.
    const back = await post(
      `/api/v1/assessments/${recheck.id}/reassess`,
      { arrival: "2024-06-01", save: false },
      auth,
    );
    expect(back.status).toBe(200);
    const backBody = reassessResponseSchema.parse(await back.json());
    expect(backBody.changes).toContainEqual({ field: "poe", from: "no", to: "yes" });
    expect(backBody.why.explanations).toContainEqual(
      expect.objectContaining({ change: "removed", code: "pgwp", rule: blocker.rule }),
    );
    expect(backBody.why.rulesLeft.map((r) => (r as { id: string }).id)).toContain(blocker.rule);

    const bad = await post(`/api/v1/assessments/${original.id}/reassess`, { asOf: "2024-07-01" }, auth);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ path: "asOf", code: "unknown-key" });
    expect((await fetch(url("/api/v1/assessments?reassessmentOf=nope"), { headers: auth })).status).toBe(400);

    // Deleting the original deletes its re-checks (they hold the same personal data).
    const del = await fetch(url(`/api/v1/assessments/${original.id}`), { method: "DELETE", headers: auth });
    expect(del.status).toBe(204);
    expect((await fetch(url(`/api/v1/assessments/${recheck.id}`), { headers: auth })).status).toBe(404);
  });

  it("reassess takes the arrival as ?asOf= (and the language as ?lang=) instead of in the body", async () => {
    const profile = pgwpBeforeTheChange();
    const created = await post("/api/v1/assessments", { profile, clientRef: "reassess-as-of" }, auth);
    expect(created.status).toBe(201);
    const original = savedSchema.parse(await created.json());
    const reassess = (query: string, body: unknown) =>
      post(`/api/v1/assessments/${original.id}/reassess${query}`, body, auth);

    // The query's asOf gives the same answer as the body's arrival, for a date and a date-time.
    for (const when of ["2024-07-01", "2024-07-01T12:00:00-04:00"]) {
      const viaBody = await reassess("", { arrival: when, save: false });
      const viaQuery = await reassess(`?asOf=${encodeURIComponent(when)}`, { save: false });
      expect(viaBody.status).toBe(200);
      expect(viaQuery.status).toBe(200);
      const queryBody = reassessResponseSchema.parse(await viaQuery.json());
      expect(queryBody).toEqual(reassessResponseSchema.parse(await viaBody.json()));
      const expected = assess({ ...profile, arrival: when }, { lang: "en" });
      if (!expected.ok) throw new Error("should assess");
      expect(queryBody.after.assessment).toEqual(expected.assessment);
      expect(queryBody.changes).toContainEqual({ field: "poe", from: "yes", to: "no" });
    }
    // Without a body at all, and kept: the re-check holds the arrival from the URL.
    const kept = await reassess("?asOf=2024-07-01", "");
    expect(kept.status).toBe(201);
    const keptBody = reassessResponseSchema.parse(await kept.json());
    const recheck = savedSchema.parse(
      await (await fetch(url(`/api/v1/assessments/${keptBody.saved?.id}`), { headers: auth })).json(),
    );
    expect((recheck.profile as { arrival: string }).arrival).toBe("2024-07-01");
    expect(recheck.reassessmentOf).toBe(original.id);
    // The same value in both places is accepted.
    const both = await reassess("?asOf=2024-07-01&lang=fr", {
      arrival: "2024-07-01",
      lang: "fr",
      save: false,
    });
    expect(both.status).toBe(200);
    const bothBody = reassessResponseSchema.parse(await both.json());
    const inFrench = assess({ ...profile, arrival: "2024-07-01" }, { lang: "fr" });
    if (!inFrench.ok) throw new Error("should assess");
    expect(bothBody.after.assessment).toEqual(inFrench.assessment);
    // ?lang= alone sets the language, as the body's lang does.
    const frQuery = reassessResponseSchema.parse(
      await (await reassess("?lang=fr", { arrival: "2024-07-01", save: false })).json(),
    );
    expect(frQuery.after.assessment).toEqual(inFrench.assessment);

    // A bad asOf: checked like the body's arrival, reported at "asOf".
    const malformed = await reassess("?asOf=yesterday", { save: false });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors).toEqual([
      { path: "asOf", code: "bad-value", message: expect.stringContaining("YYYY-MM-DD") },
    ]);
    const tooEarly = await reassess("?asOf=2019-01-01", { save: false });
    expect(tooEarly.status).toBe(400);
    expect((await tooEarly.json()).errors[0]).toMatchObject({ path: "asOf", code: "outside-coverage" });

    // Query and body disagree: 400, nothing saved.
    const before = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?reassessmentOf=${original.id}`), { headers: auth })).json(),
    ).total;
    const conflict = await reassess("?asOf=2024-07-01", { arrival: "2024-06-01" });
    expect(conflict.status).toBe(400);
    expect((await conflict.json()).errors).toEqual([
      { path: "asOf", code: "conflict", message: expect.stringContaining("arrival") },
    ]);
    // A date and a date-time of the same day are not the same value.
    expect((await reassess("?asOf=2024-07-01", { arrival: "2024-07-01T00:00:00Z" })).status).toBe(400);
    const langConflict = await reassess("?lang=fr", { lang: "en" });
    expect(langConflict.status).toBe(400);
    expect((await langConflict.json()).errors).toEqual([
      { path: "lang", code: "conflict", message: expect.stringContaining("lang") },
    ]);
    const after = pageSchema.parse(
      await (await fetch(url(`/api/v1/assessments?reassessmentOf=${original.id}`), { headers: auth })).json(),
    ).total;
    expect(after).toBe(before);

    // Unknown query parameters are refused, as on the other endpoints' strict queries.
    const unknown = await reassess("?arrival=2024-07-01", { save: false });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toEqual([
      { path: "arrival", code: "unknown-key", message: 'Unknown key "arrival".' },
    ]);

    await fetch(url(`/api/v1/assessments/${original.id}`), { method: "DELETE", headers: auth });
  });

  it("a bad save request lists every problem, profile paths under `profile`", async () => {
    const res = await post(
      "/api/v1/assessments",
      { profile: { citizenships: ["ZQ"], age: "x" }, clientRef: "" },
      auth,
    );
    expect(res.status).toBe(400);
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["clientRef"]); // the envelope is checked first
    const res2 = await post("/api/v1/assessments", { profile: { citizenships: ["ZQ"], age: "x" } }, auth);
    expect((await res2.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "profile.age",
      "profile.citizenships[0]",
    ]);
    const res3 = await post("/api/v1/assessments", { profile: {}, extra: 1 }, auth);
    expect((await res3.json()).errors[0]).toMatchObject({ path: "extra", code: "unknown-key" });
    const res4 = await post("/api/v1/assessments", "[1,", auth);
    expect((await res4.json()).errors[0].code).toBe("not-json");
  });

  it("the request log holds method, path, status, time and id only: no personal data", async () => {
    await new Promise((r) => setTimeout(r, 100));
    const lines = server
      .stdout()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines)
      expect(Object.keys(line).sort()).toEqual(["id", "method", "ms", "path", "status", "t"]);
    const all = server.stdout() + server.stderr();
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(CLIENT_MARKER);
    expect(all).not.toContain(PORT_MARKER);
    expect(all).not.toContain("nope"); // an unknown path is not echoed
    expect(lines.some((l) => l.path === "/api/v1/assessments/:id" && l.status === 200)).toBe(true);
  });
});

describe("graceful shutdown", () => {
  it("SIGTERM lets an in-flight request finish, then the process exits 0", async () => {
    const dir = await freshDataDir();
    const s = await startServer({ POE_PERMIT_DATA_DIR: dir, POE_PERMIT_API_KEY: KEY });
    try {
      const { port, hostname } = new URL(s.url);
      const body = JSON.stringify({
        profile: { citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" },
      });
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: hostname,
            port,
            method: "POST",
            path: "/api/v1/assessments",
            headers: { ...auth, "content-length": Buffer.byteLength(body) },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8").on("data", (d: string) => (text += d));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on("error", reject);
        req.write(body.slice(0, 10)); // the request is now in flight
        setTimeout(() => {
          s.proc.kill("SIGTERM");
          setTimeout(() => req.end(body.slice(10)), 300);
        }, 200);
      });
      const done = await response;
      expect(done.status).toBe(201);
      expect(JSON.parse(done.text).poe).toBe("no");
      const exit = await s.exited;
      expect(exit.code).toBe(0);
      expect(s.stdout()).toContain("stopped");
    } finally {
      await s.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
