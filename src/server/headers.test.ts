import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedHeaders, securityHeaderList } from "./headers.js";

const CSP = { contentSecurityPolicy: { defaultSrc: ["'self'"], objectSrc: ["'none'"] } };

/** The app under test: fixed headers on every response, whatever way the handler answers. */
function appUnderTest(): Hono {
  const app = new Hono();
  app.use(fixedHeaders(securityHeaderList(CSP), [["X-Rulebook-Version", "test-1"]]));
  app.get("/json", (c) => c.json({ ok: true }));
  app.get("/raw", () => new Response("raw", { headers: { "content-type": "text/plain" } }));
  app.get("/stream", (c) =>
    c.body(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("a\nb\n"));
          controller.close();
        },
      }),
    ),
  );
  app.get("/own-frame-options", (c) => c.text("x", 200, { "X-Frame-Options": "DENY" }));
  app.get("/boom", () => {
    throw new Error("boom");
  });
  app.get("/refused", () => {
    throw new HTTPException(418, { message: "no" });
  });
  app.onError((error, c) => c.json({ error: "internal" }, error instanceof HTTPException ? 418 : 500));
  return app;
}

/** What Hono's own middleware puts on a response, minus the content type. */
async function referenceHeaders(): Promise<Record<string, string>> {
  const app = new Hono();
  app.use(secureHeaders(CSP));
  app.get("/", (c) => c.body(null, 204));
  const res = await app.request("/");
  return Object.fromEntries([...res.headers].filter(([k]) => k !== "content-type"));
}

describe("securityHeaderList", () => {
  it("is exactly what Hono's secureHeaders sets with the same options", async () => {
    const list = await securityHeaderList(CSP);
    expect(Object.fromEntries(list)).toEqual(await referenceHeaders());
    expect(Object.fromEntries(list)["content-security-policy"]).toBe("default-src 'self'; object-src 'none'");
    expect(list.length).toBeGreaterThan(8);
  });
});

const PATHS = ["/json", "/raw", "/stream", "/boom", "/refused", "/nowhere"] as const;

describe("fixedHeaders in process (app.request: no Node response)", () => {
  it.each(PATHS)("%s carries every security header and the extra one", async (path) => {
    const expected = await referenceHeaders();
    const res = await appUnderTest().request(path);
    for (const [k, v] of Object.entries(expected)) expect(res.headers.get(k), k).toBe(v);
    expect(res.headers.get("x-rulebook-version")).toBe("test-1");
  });

  it("lets a handler's header of the same name win", async () => {
    const res = await appUnderTest().request("/own-frame-options");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("fixedHeaders over real HTTP (@hono/node-server: set on Node's response)", () => {
  let base = "";
  let close: () => void = () => {};
  beforeAll(async () => {
    const server = serve({ fetch: appUnderTest().fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it.each(PATHS)("%s carries every security header and the extra one", async (path) => {
    const expected = await referenceHeaders();
    const res = await fetch(`${base}${path}`);
    await res.text();
    for (const [k, v] of Object.entries(expected)) expect(res.headers.get(k), k).toBe(v);
    expect(res.headers.get("x-rulebook-version")).toBe("test-1");
  });

  it("keeps the status, body and the handler's own headers", async () => {
    const raw = await fetch(`${base}/raw`);
    expect(raw.status).toBe(200);
    expect(raw.headers.get("content-type")).toBe("text/plain");
    expect(await raw.text()).toBe("raw");
    const stream = await fetch(`${base}/stream`);
    expect(await stream.text()).toBe("a\nb\n");
    expect((await fetch(`${base}/boom`)).status).toBe(500);
    expect((await fetch(`${base}/refused`)).status).toBe(418);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it("lets a handler's header of the same name win", async () => {
    const res = await fetch(`${base}/own-frame-options`);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});
