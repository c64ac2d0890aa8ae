/**
 * CORS, off by default. With `POE_PERMIT_CORS_ORIGINS` (comma-separated origins such as
 * `https://intranet.firm.example`), a browser page from a listed origin may call `/api/*`:
 * its requests and preflights get the `Access-Control-*` headers. A request from any other
 * origin is answered exactly as when CORS is off (no `Access-Control-*` header at all, so the
 * browser refuses), and every API response then carries `Vary: Origin` so that no cache hands
 * one origin's answer to another.
 *
 * @example
 * ```ts
 * const origins = parseCorsOrigins(process.env.POE_PERMIT_CORS_ORIGINS); // throws on "*" or a path
 * if (origins.length) app.use("/api/*", corsFor(origins));
 * ```
 */
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/** Request headers a browser page may send (the API key travels in one of the first two). */
export const CORS_ALLOW_HEADERS = ["Authorization", "X-API-Key", "Content-Type"];
/** Response headers a browser page may read. */
export const CORS_EXPOSE_HEADERS = ["X-Rulebook-Version", "X-Request-Id", "Location"];
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * The origins of `POE_PERMIT_CORS_ORIGINS`, normalised (`https://Example.org:443/` becomes
 * `https://example.org`). Empty or absent: CORS off. Throws on anything that is not an http(s)
 * origin, `*` included: the API key travels from the page, so the allowed pages are listed.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  const out: string[] = [];
  for (const raw of (value ?? "").split(",")) {
    const item = raw.trim();
    if (!item) continue;
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    const pathless = url && (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash;
    if (!url || !/^https?:$/.test(url.protocol) || !pathless || url.username || url.password) {
      throw new Error(
        `POE_PERMIT_CORS_ORIGINS: "${item}" is not an origin; list origins like https://app.example.org (comma-separated, no path, no *)`,
      );
    }
    if (!out.includes(url.origin)) out.push(url.origin);
  }
  return out;
}

/** The CORS middleware for the listed origins (mount it on `/api/*`, before authentication). */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  const handler = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "POST", "DELETE"],
    allowHeaders: CORS_ALLOW_HEADERS,
    exposeHeaders: CORS_EXPOSE_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
  });
  return async (c, next) => {
    const origin = c.req.header("origin");
    if (origin !== undefined && allowed.has(origin)) return handler(c, next);
    // Not a listed origin (or no origin): as if CORS were off.
    await next();
    c.header("Vary", "Origin", { append: true });
  };
}
