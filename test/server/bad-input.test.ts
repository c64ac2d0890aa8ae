/**
 * Hostile and malformed input through the real server: each former 500 is a 400 with the usual
 * error list, unknown query parameters are refused on every endpoint (`constructor` and
 * `__proto__` too), `DELETE /assessments/export` is a 405 with the real `Allow`, a client that
 * hangs up mid-body is logged as 499 without a stack trace, and Node's own 400/431 answers carry the
 * JSON error body.
 */

import { rm } from "node:fs/promises";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/store/drizzle-store.js";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "bad-input-key";
const auth = { authorization: `Bearer ${KEY}` };
let server: RunningServer;
let dataDir = "";
let recordId = "";

beforeAll(async () => {
  dataDir = await freshDataDir();
  server = await startServer({ POE_PERMIT_DATA_DIR: dataDir, POE_PERMIT_API_KEY: KEY });
  const res = await fetch(`${server.url}/api/v1/assessments`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({
      clientRef: "ok",
      profile: { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" },
    }),
  });
  expect(res.status).toBe(201);
  recordId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

type Errors = { errors: { path: string; code: string; message: string }[] };
async function expect400(res: Response, path?: string): Promise<Errors> {
  const text = await res.text();
  expect(res.status, text).toBe(400);
  const body = JSON.parse(text) as Errors;
  expect(body.errors.length).toBeGreaterThan(0);
  for (const e of body.errors) expect(Object.keys(e).sort()).toEqual(["code", "message", "path"]);
  if (path !== undefined) expect(body.errors.map((e) => e.path)).toContain(path);
  return body;
}
const get = (path: string) => fetch(`${server.url}${path}`, { headers: auth });

describe("dates are validated strictly, with one validator", () => {
  it.each([
    "2026-02-30",
    "2026-03-01T14:30",
    "2026-03-01T24:00:00Z",
    "2026-03-01T12:00:00-20:33",
    "2026-03-01T12:00:00+18:60",
    "0000-01-01",
    "2026-3-1",
    "yesterday",
  ])("GET /rulebook?asOf=%s is a 400", async (asOf) => {
    await expect400(await get(`/api/v1/rulebook?asOf=${encodeURIComponent(asOf)}`), "asOf");
  });

  it("an asOf before the rulebook's coverage is refused with the coverage start (not a list of rules 'in force')", async () => {
    for (const asOf of ["1900-01-01", "2021-12-31", "2022-01-01T04:59:59Z"]) {
      const body = await expect400(await get(`/api/v1/rulebook?asOf=${encodeURIComponent(asOf)}`), "asOf");
      expect(body.errors[0]).toMatchObject({ code: "outside-coverage" });
      expect(body.errors[0]?.message).toContain("2022-01-01");
    }
    // The first instant covered: midnight Eastern Time on 2022-01-01.
    expect((await get(`/api/v1/rulebook?asOf=${encodeURIComponent("2022-01-01T05:00:00Z")}`)).status).toBe(
      200,
    );
    expect((await get("/api/v1/rulebook?asOf=2022-01-01")).status).toBe(200);
    const fr = await expect400(await get("/api/v1/rulebook?asOf=1900-01-01&lang=fr"), "asOf");
    expect(fr.errors[0]?.message).toContain("précède");
  });

  it("a good date and date-time still work", async () => {
    expect((await get("/api/v1/rulebook?asOf=2026-03-01")).status).toBe(200);
    expect(
      (await get(`/api/v1/rulebook?asOf=${encodeURIComponent("2026-03-01T14:30:00-05:00")}`)).status,
    ).toBe(200);
    expect((await get("/api/v1/assessments?from=0001-01-01&to=9998-12-31")).status).toBe(200);
  });

  it.each([
    ["to", "9999-12-31"],
    ["from", "0000-01-01"],
    ["from", "2026-02-30"],
    ["to", "2026-03-01T14:30"],
    ["from", "+010000-01-01"],
  ])("GET /assessments?%s=%s is a 400", async (name, value) => {
    await expect400(await get(`/api/v1/assessments?${name}=${encodeURIComponent(value)}`), name);
  });

  it("a forged cursor holding a date outside the database's range is a 400", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const forged = [
      encodeCursor(new Date("+010000-01-01T00:00:00Z"), id),
      Buffer.from(JSON.stringify(["0000-01-01T00:00:00.000Z", id])).toString("base64url"),
      Buffer.from(JSON.stringify(["2026-02-30T00:00:00.000Z", id])).toString("base64url"),
      Buffer.from(JSON.stringify(["2026-03-01", id])).toString("base64url"),
    ];
    for (const cursor of forged) await expect400(await get(`/api/v1/assessments?cursor=${cursor}`), "cursor");
  });
});

describe("client references and texts the database cannot hold", () => {
  const save = (body: unknown) =>
    fetch(`${server.url}/api/v1/assessments`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const profile = { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" };

  it.each(["a\u0000b", "tab\there", "bell\u0007", "c1\u0085", "del\u007f"])(
    "a control character in clientRef is refused on save (%j)",
    async (clientRef) => {
      await expect400(await save({ profile, clientRef }), "clientRef");
    },
  );

  it("a lone surrogate in clientRef or in a profile field is refused, not stored as U+FFFD", async () => {
    await expect400(
      await save(`{"profile":${JSON.stringify(profile)},"clientRef":"x\\ud800y"}`),
      "clientRef",
    );
    await expect400(
      await save(
        `{"profile":{"citizenships":["FR"],"permit":"pgwp","arrival":"2025-09-15","portOfEntry":"\\udc00"}}`,
      ),
      "profile.portOfEntry",
    );
    await expect400(await save(`{"profile":{"citizenships":["FR"],"x\\u0000":1}}`));
  });

  it("a control character in a list's clientRef filter, or bad percent-encoding, is a 400", async () => {
    await expect400(await get("/api/v1/assessments?clientRef=a%00b"), "clientRef");
    await expect400(await get("/api/v1/assessments?clientRef=%ED%A0%80"));
    await expect400(await get("/api/v1/assessments?clientRef=%E0%A4%A"));
  });
});

describe("query parameters and methods", () => {
  const endpoints: [string, string, unknown?][] = [
    ["POST", "/api/v1/assess", { citizenships: ["FR"] }],
    ["GET", "/api/v1/rulebook"],
    ["GET", "/api/v1/countries"],
    ["GET", "/api/v1/health"],
    ["GET", "/api/v1/openapi.json"],
    ["POST", "/api/v1/assessments", { profile: { citizenships: ["FR"] } }],
    ["GET", "/api/v1/assessments"],
    ["GET", "/api/v1/assessments/export"],
    ["GET", "/api/v1/assessments/:id"],
    ["DELETE", "/api/v1/assessments/:id"],
    ["POST", "/api/v1/assessments/:id/reassess", {}],
    ["POST", "/api/v1/assessments/recheck", {}],
    ["GET", "/api/v1/access-log"],
  ];
  it.each(
    endpoints.flatMap(([m, p, b]) =>
      ["bogus", "constructor", "__proto__", "toString"].map((q) => [m, p, b, q] as const),
    ),
  )("%s %s refuses ?%s", async (method, path, body, _bogus) => {
    const name = _bogus;
    const res = await fetch(`${server.url}${path.replace(":id", recordId)}?${name}=1`, {
      method,
      headers: { ...auth, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const errors = await expect400(res, name);
    expect(errors.errors.find((e) => e.path === name)?.code).toBe("unknown-key");
  });

  it("countries?code=ZZ (no such country) is a 400 like an unknown country in a profile", async () => {
    const body = await expect400(await get("/api/v1/countries?code=ZZ"), "code");
    expect(body.errors[0]?.message).toMatch(/ISO 3166-1/);
    await expect400(await get("/api/v1/countries?code=fr"), "code");
    expect((await get("/api/v1/countries?code=FR")).status).toBe(200);
  });

  it("DELETE /assessments/export is a 405 whose Allow lists only the real methods", async () => {
    const res = await fetch(`${server.url}/api/v1/assessments/export`, { method: "DELETE", headers: auth });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    const id = await fetch(`${server.url}/api/v1/assessments/${recordId}`, { method: "PUT", headers: auth });
    expect(id.status).toBe(405);
    expect(id.headers.get("allow")?.split(", ").sort()).toEqual(["DELETE", "GET", "HEAD"]);
  });
});

describe("clients that misbehave at the HTTP level", () => {
  const port = () => Number(new URL(server.url).port);
  const raw = (text: string, hangUpAfterMs?: number) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port(), "127.0.0.1");
      let got = "";
      socket.setEncoding("utf8");
      socket.on("data", (d: string) => (got += d));
      socket.on("error", (e) => (hangUpAfterMs === undefined ? reject(e) : resolve(got)));
      socket.on("close", () => resolve(got));
      socket.write(text);
      if (hangUpAfterMs !== undefined) setTimeout(() => socket.destroy(), hangUpAfterMs);
    });

  it("a client that hangs up mid-body is logged as 499, without a stack trace", async () => {
    const before = server.stderr().length;
    await raw(
      `POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"profile":`,
      200,
    );
    for (let i = 0; i < 100 && !/"status":499/.test(server.stdout()); i++)
      await new Promise((r) => setTimeout(r, 30));
    expect(server.stdout()).toMatch(/"path":"\/api\/v1\/assessments","status":499/);
    const stderr = server.stderr().slice(before);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toMatch(/failed/);
  });

  it("a malformed request gets Node's 400 with the JSON error body and headers", async () => {
    const answer = await raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\nContent-Type: application\/json\r\n/);
    expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as Errors;
    expect(body.errors[0]?.code).toBe("bad-request");
  });

  it("headers over Node's limit get a 431 with the JSON error body", async () => {
    const answer = await raw(
      `GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as Errors;
    expect(body.errors[0]?.code).toBe("headers-too-large");
  });

  it("the server still answers after all of this", async () => {
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    expect(server.stderr()).not.toMatch(/\n\s+at /);
  });
});
