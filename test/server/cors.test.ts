/**
 * CORS over real HTTP with POE_PERMIT_CORS_ORIGINS set (the default, off, is checked in
 * http.test.ts): a listed origin gets the Access-Control headers on requests and preflights,
 * any other origin gets none, exactly as with CORS off.
 */
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "cors-test-key";
const FIRM = "https://intranet.firm.example";
const OTHER_LISTED = "http://localhost:5173";
const EVIL = "https://evil.example";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await freshDataDir();
  server = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_CORS_ORIGINS: ` ${FIRM}/ ,${OTHER_LISTED}`,
  });
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const url = (path: string) => `${server.url}${path}`;
const corsHeaders = (res: Response) =>
  Object.fromEntries([...res.headers].filter(([h]) => h.startsWith("access-control-")));
const preflight = (path: string, origin: string, method = "POST") =>
  fetch(url(path), {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "authorization, content-type",
    },
  });

describe("CORS with POE_PERMIT_CORS_ORIGINS", () => {
  it("says at start which origins it allows", async () => {
    await vi.waitFor(() => expect(server.stdout()).toContain(`CORS: on for ${FIRM}, ${OTHER_LISTED}\n`));
  });

  it.each([FIRM, OTHER_LISTED])(
    "a listed origin (%s) may call the API and read its headers",
    async (origin) => {
      const res = await fetch(url("/api/v1/health"), { headers: { origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
      expect(res.headers.get("access-control-expose-headers")?.toLowerCase().split(",")).toEqual(
        expect.arrayContaining(["x-rulebook-version", "x-request-id", "location"]),
      );
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      expect(res.headers.get("vary")).toMatch(/origin/i);
    },
  );

  it.each([
    ["/api/v1/assess", "POST"],
    ["/api/v1/assessments", "POST"],
    ["/api/v1/assessments/00000000-0000-4000-8000-000000000000", "DELETE"],
  ])(
    "a listed origin's preflight for %s %s is approved, before and without the API key",
    async (path, method) => {
      const res = await preflight(path, FIRM, method);
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(FIRM);
      expect(res.headers.get("access-control-allow-methods")?.split(",")).toContain(method);
      expect(res.headers.get("access-control-allow-headers")?.toLowerCase().split(",")).toEqual(
        expect.arrayContaining(["authorization", "content-type"]),
      );
      expect(res.headers.get("access-control-max-age")).toBe("600");
    },
  );

  it("the API key is still required for the saved assessments from a listed origin", async () => {
    const res = await fetch(url("/api/v1/assessments"), { headers: { origin: FIRM } });
    expect(res.status).toBe(401);
    expect(res.headers.get("access-control-allow-origin")).toBe(FIRM); // so the page can read the 401
    const ok = await fetch(url("/api/v1/assessments"), {
      headers: { origin: FIRM, authorization: `Bearer ${KEY}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(FIRM);
  });

  it.each([
    ["another origin", EVIL],
    ["a listed host on another scheme", "http://intranet.firm.example"],
    ["a listed host on another port", "https://intranet.firm.example:8443"],
    ["a sub-domain of a listed host", "https://x.intranet.firm.example"],
    ["the null origin", "null"],
  ])("%s gets no CORS header on requests or preflights", async (_, origin) => {
    const res = await fetch(url("/api/v1/health"), { headers: { origin } });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual({});
    expect(res.headers.get("vary")).toMatch(/origin/i); // a cache must not reuse a listed origin's answer
    for (const path of ["/api/v1/assess", "/api/v1/assessments"]) {
      const pre = await preflight(path, origin);
      expect(corsHeaders(pre), path).toEqual({});
      expect(pre.status, path).not.toBe(204);
    }
  });

  it("a request without Origin (curl, a server) is served as usual, with no CORS header", async () => {
    const res = await fetch(url("/api/v1/health"));
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual({});
  });

  it("the web page is not under CORS", async () => {
    const res = await fetch(url("/"), { headers: { origin: FIRM } });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual({});
  });
});

describe("a bad POE_PERMIT_CORS_ORIGINS stops the server at start", () => {
  it.each(["*", "intranet.firm.example", "https://firm.example/app"])("%s", async (value) => {
    const dir = await freshDataDir();
    try {
      await expect(
        startServer({ POE_PERMIT_DATA_DIR: dir, POE_PERMIT_API_KEY: KEY, POE_PERMIT_CORS_ORIGINS: value }),
      ).rejects.toThrow(/POE_PERMIT_CORS_ORIGINS: ".*" is not an origin/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
