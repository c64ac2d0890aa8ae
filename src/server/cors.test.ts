import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { corsFor, parseCorsOrigins } from "./cors.js";

describe("parseCorsOrigins", () => {
  it.each([
    [undefined, []],
    ["", []],
    [" , ", []],
    ["https://app.example.org", ["https://app.example.org"]],
    ["https://App.Example.org/", ["https://app.example.org"]],
    ["https://app.example.org:443", ["https://app.example.org"]],
    ["http://localhost:5173", ["http://localhost:5173"]],
    [" https://a.example , http://b.example:8080 ", ["https://a.example", "http://b.example:8080"]],
    ["https://a.example,https://a.example/", ["https://a.example"]],
  ])("%j gives %j", (value, expected) => {
    expect(parseCorsOrigins(value)).toEqual(expected);
  });

  it.each([
    "*",
    "app.example.org",
    "https://app.example.org/path",
    "https://app.example.org?x=1",
    "https://user:pw@app.example.org",
    "ftp://app.example.org",
    "null",
    "https://a.example,*",
  ])("rejects %j", (value) => {
    expect(() => parseCorsOrigins(value)).toThrow(/POE_PERMIT_CORS_ORIGINS: ".*" is not an origin/);
  });
});

describe("corsFor (in process)", () => {
  const app = new Hono();
  app.use("/api/*", corsFor(["https://a.example"]));
  app.get("/api/x", (c) => c.text("ok"));
  const acHeaders = (res: Response) => [...res.headers.keys()].filter((h) => h.startsWith("access-control-"));

  it.each([
    ["listed", "https://a.example", true],
    ["not listed", "https://b.example", false],
    ["prefix of a listed one", "https://a.exampl", false],
    ["absent", undefined, false],
  ])("origin %s", async (_, origin, allowed) => {
    const headers: Record<string, string> = origin ? { origin } : {};
    const get = await app.request("/api/x", { headers });
    expect(get.headers.get("access-control-allow-origin")).toBe(allowed ? origin : null);
    if (!allowed) expect(acHeaders(get)).toEqual([]);
    expect(get.headers.get("vary")).toBe("Origin");
    const pre = await app.request("/api/x", {
      method: "OPTIONS",
      headers: { ...headers, "access-control-request-method": "GET" },
    });
    expect(pre.status).toBe(allowed ? 204 : 404);
    if (!allowed) expect(acHeaders(pre)).toEqual([]);
  });
});
