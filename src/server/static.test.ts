import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMMUTABLE, pickEncoding, REVALIDATE, webPage } from "./static.js";

let root: string;
let app: Hono;
const JS = `console.log(${JSON.stringify("x".repeat(4000))});\n`;
const HTML = `<!doctype html><html><head><title>t</title></head><body>${"<p>page</p>".repeat(100)}</body></html>`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "static-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), HTML);
  writeFileSync(join(root, "assets", "index-CFu7pxLa.js"), JS);
  writeFileSync(join(root, "assets", "style-Bq2x9ZzP.css"), `body{color:red}\n`.repeat(100));
  writeFileSync(join(root, "sw.js"), `self.addEventListener("fetch",()=>{});\n`.repeat(30));
  app = new Hono();
  app.use("*", webPage(root));
  app.get("/api/v1/x", (c) => c.json({ ok: true }));
  app.notFound((c) => c.json({ error: "not-found" }, 404));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("webPage (static serving)", () => {
  it.each([
    ["br, gzip", "br"],
    ["gzip, deflate", "gzip"],
    ["gzip;q=0, br;q=0", undefined],
    ["*", "br"],
    ["", undefined],
  ] as const)("Accept-Encoding %j -> %s", (accept, expected) => {
    expect(pickEncoding(accept, { br: new Uint8Array(1), gzip: new Uint8Array(1) })).toBe(expected);
  });

  it("sends hashed assets compressed and immutable", async () => {
    const res = await app.request("/assets/index-CFu7pxLa.js", {
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("content-type")).toContain("text/javascript");
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(JS);
    const css = await app.request("/assets/style-Bq2x9ZzP.css", { headers: { "accept-encoding": "gzip" } });
    expect(css.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await css.arrayBuffer())).toString()).toContain("body{color:red}");
  });

  it("sends the page and the service worker for revalidation, with an ETag and 304", async () => {
    for (const path of ["/", "/sw.js"]) {
      const res = await app.request(path, { headers: { "accept-encoding": "gzip" } });
      expect(res.headers.get("cache-control")).toBe(REVALIDATE);
      expect(res.headers.get("content-encoding")).toBe("gzip");
      const etag = res.headers.get("etag");
      expect(etag).toMatch(/^".+"$/);
      const again = await app.request(path, { headers: { "if-none-match": etag! } });
      expect(again.status).toBe(304);
    }
  });

  it("the page's security headers agree with each other", async () => {
    const res = await app.request("/");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toBe(HTML);
  });

  it("gives the page for its own screens, leaves the API and missing files alone", async () => {
    expect(await (await app.request("/fr/rules")).text()).toBe(HTML);
    expect((await app.request("/api/v1/x")).headers.get("content-type")).toContain("application/json");
    expect((await app.request("/assets/missing-AAAAAAAA.js")).status).toBe(404);
    expect((await app.request("/", { method: "POST" })).status).toBe(404);
    const head = await app.request("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});
