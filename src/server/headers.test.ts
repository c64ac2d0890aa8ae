import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSecurityHeaderList, fixedHeadersUnder, securityHeaderList } from "./headers.js";

const CSP = { contentSecurityPolicy: { defaultSrc: ["'self'"], objectSrc: ["'none'"] } };

/**
 * The app under test: fixed headers on every response, whatever way the handler answers (no path
 * here is under `/api/`, so each gets the page's set).
 */
function appUnderTest(): Hono {
  const app = new Hono();
  app.use(
    fixedHeadersUnder("/api/", apiSecurityHeaderList(), securityHeaderList(CSP), [
      ["X-Rulebook-Version", "test-1"],
    ]),
  );
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

describe("fixed headers in process (app.request: no Node response)", () => {
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

describe("fixed headers over real HTTP (@hono/node-server: set on Node's response)", () => {
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

/** The headers only a rendered document uses: never on a JSON API answer (ADR 0028). */
const PAGE_ONLY = [
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "origin-agent-cluster",
  "referrer-policy",
  "x-dns-prefetch-control",
  "x-download-options",
  "x-permitted-cross-domain-policies",
  "x-xss-protection",
];

describe("apiSecurityHeaderList", () => {
  it("is OWASP's REST set: no-store, frame-ancestors 'none', HSTS, nosniff, DENY, and nothing else", async () => {
    expect(Object.fromEntries((await apiSecurityHeaderList()).map(([k, v]) => [k.toLowerCase(), v]))).toEqual(
      {
        "cache-control": "no-store",
        "content-security-policy": "frame-ancestors 'none'",
        "strict-transport-security": "max-age=15552000; includeSubDomains",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
      },
    );
  });
});

describe("fixedHeadersUnder", () => {
  const split = () => {
    const app = new Hono();
    app.use(fixedHeadersUnder("/api/", apiSecurityHeaderList(), securityHeaderList(CSP), [["X-Extra", "1"]]));
    app.get("/api/thing", (c) => c.json({ ok: true }));
    app.get("/apiary", (c) => c.text("page"));
    app.get("/", (c) => c.html("<p>page</p>"));
    return app;
  };
  const check = async (get: (path: string) => Promise<Response>) => {
    const page = await referenceHeaders();
    for (const path of ["/api/thing", "/api/none"]) {
      const res = await get(path);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
      expect(res.headers.get("content-security-policy"), path).toBe("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("x-extra"), path).toBe("1");
      for (const name of PAGE_ONLY) expect(res.headers.get(name), `${path} ${name}`).toBeNull();
    }
    // "/apiary" is not under "/api/": a prefix is a folder, not a start of a name.
    for (const path of ["/", "/apiary", "/nowhere"]) {
      const res = await get(path);
      for (const [k, v] of Object.entries(page)) expect(res.headers.get(k), `${path} ${k}`).toBe(v);
      expect(res.headers.get("cache-control"), path).toBeNull();
      expect(res.headers.get("x-extra"), path).toBe("1");
    }
  };

  it("gives the paths under the prefix one set and the others the other, in process", async () => {
    const app = split();
    await check(async (path) => app.request(path));
  });

  it("does the same over real HTTP (set on Node's response)", async () => {
    const server = serve({ fetch: split().fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await check(async (path) => {
        const res = await fetch(`${base}${path}`);
        await res.text();
        return res;
      });
    } finally {
      server.close();
    }
  });
});
