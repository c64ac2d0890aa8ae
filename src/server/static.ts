/**
 * Serves the built web page (dist/web) from memory: every file is read once at start, and its text
 * files are compressed then (Brotli and gzip, kept only when smaller), so a request costs a map
 * look-up and no compression work. Hashed assets (`assets/name-<hash>.js`) never change under their
 * name and are cached for a year (`immutable`); the page itself, the service worker and anything
 * unhashed are revalidated on every use (`no-cache` with an `ETag`, answered `304` when unchanged).
 * An address without a file extension that is not a file (a screen of the page, `/?view=…` or a
 * deep link) gets the page. The page's security headers are set here, consistent with each other
 * (`X-Frame-Options: DENY` agreeing with `frame-ancestors 'none'`).
 *
 * @example
 * ```ts
 * const app = new Hono();
 * app.use("*", webPage("dist/web")); // before app.notFound
 * ```
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Text types worth compressing. */
const TEXT = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".svg", ".txt"]);

/** A built asset named with its content hash (vite's `name-<hash>.ext` under assets/). */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** The page's policy: its own files only, no framing (the header agrees with `X-Frame-Options`). */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": PAGE_CSP,
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

interface Entry {
  type: string;
  body: Uint8Array;
  br?: Uint8Array;
  gzip?: Uint8Array;
  etag: string;
  cache: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Reads and compresses every file under `root`, keyed by its URL path (`/assets/x.js`). */
export function loadSite(root: string): Map<string, Entry> {
  const site = new Map<string, Entry>();
  for (const file of filesUnder(root)) {
    const path = `/${relative(root, file).split(sep).join("/")}`;
    const ext = extname(file).toLowerCase();
    const body = new Uint8Array(readFileSync(file));
    const entry: Entry = {
      type: TYPES[ext] ?? "application/octet-stream",
      body,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
      cache: HASHED.test(path) ? IMMUTABLE : REVALIDATE,
    };
    if (TEXT.has(ext) && body.length > 256) {
      const br = brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      const gz = gzipSync(body, { level: 9 });
      if (br.length < body.length) entry.br = new Uint8Array(br);
      if (gz.length < body.length) entry.gzip = new Uint8Array(gz);
    }
    site.set(path, entry);
  }
  return site;
}

/** The encoding to send for an `Accept-Encoding` header: Brotli, then gzip, else none (`q=0` refuses). */
export function pickEncoding(
  accept: string | undefined,
  entry: Pick<Entry, "br" | "gzip">,
): "br" | "gzip" | undefined {
  const accepted = new Map<string, number>();
  for (const part of (accept ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (entry.br && ok("br")) return "br";
  if (entry.gzip && ok("gzip")) return "gzip";
  return undefined;
}

/**
 * The middleware serving the page from `root` for GET and HEAD outside `/api/`; anything else
 * (and a missing file with an extension) goes on to the app's other handlers.
 */
export function webPage(root: string): MiddlewareHandler {
  const site = loadSite(root);
  const index = site.get("/index.html");
  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== "GET" && method !== "HEAD") || path.startsWith("/api/")) return next();
    let entry = site.get(path === "/" ? "/index.html" : path);
    // A screen of the page (no extension): the page itself, which reads its address.
    if (!entry && extname(path) === "") entry = index;
    if (!entry) return next();
    const headers: Record<string, string> = {
      ...PAGE_HEADERS,
      "Content-Type": entry.type,
      "Cache-Control": entry.cache,
      ETag: entry.etag,
      Vary: "Accept-Encoding",
    };
    if (
      c.req
        .header("if-none-match")
        ?.split(",")
        .some((t) => t.trim() === entry.etag)
    ) {
      return c.body(null, 304, headers);
    }
    const encoding = pickEncoding(c.req.header("accept-encoding"), entry);
    const body = encoding ? entry[encoding]! : entry.body;
    if (encoding) headers["Content-Encoding"] = encoding;
    headers["Content-Length"] = String(body.length);
    if (method === "HEAD") return c.body(null, 200, headers);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };
}
