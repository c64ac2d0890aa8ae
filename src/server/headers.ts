/**
 * Headers every response carries (security headers, the rulebook version, the request id), set
 * the cheap way, and the two sets of security headers: the web page's, and the shorter one the
 * JSON API sends (ADR 0028).
 *
 * Why not Hono's `secureHeaders` middleware as is: it sets its headers on `c.res` after the
 * handler, which makes the Node adapter turn its light response into a full web `Headers` object
 * and copy it back out, for every request, which showed in the server's CPU per assessment under
 * load (ADR 0009; the runs are in bench/RESULTS.md). Here Hono's middleware still decides *which*
 * headers and values (`securityHeaderList` runs it once on a probe request); they are then
 * written straight onto Node's response (`setHeader`, merged by Node into the head the adapter
 * writes) when the app runs on `@hono/node-server`, or onto `c.res` after the handler anywhere
 * else (`app.request` in tests, other runtimes).
 *
 * @example
 * ```ts
 * app.use(fixedHeadersUnder("/api/", apiSecurityHeaderList(), securityHeaderList(cspOptions), [["X-Rulebook-Version", version]]));
 * ```
 */
import type { Context, MiddlewareHandler, Next } from "hono";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** The options Hono's `secureHeaders` takes (its type is not exported by name). */
export type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

export type HeaderPair = readonly [name: string, value: string];

/** What `@hono/node-server` passes as the app's environment: Node's own request and response. */
interface NodeBindings {
  outgoing?: { setHeader(name: string, value: string): unknown; headersSent?: boolean };
}

/**
 * Runs `next` with the pairs on the response: on Node's response before the handler runs, or
 * elsewhere on `c.res` after it. Either way a header the handler set itself wins (Node merges the
 * handler's head over these; on `c.res` a header already there is left alone).
 */
export async function withHeaders(c: Context, next: Next, pairs: readonly HeaderPair[]): Promise<void> {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  if (outgoing && typeof outgoing.setHeader === "function" && !outgoing.headersSent) {
    for (const [name, value] of pairs) outgoing.setHeader(name, value);
    await next();
    return;
  }
  await next();
  for (const [name, value] of pairs) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
}

/**
 * The headers Hono's `secureHeaders(options)` middleware sets, found once by running it on a
 * probe request (its defaults, plus `options`).
 */
export async function securityHeaderList(options: SecureHeadersOptions): Promise<HeaderPair[]> {
  const probe = new Hono();
  probe.use(secureHeaders(options));
  probe.get("/", (c) => c.body(null, 204));
  const res = await probe.request("/");
  return [...res.headers].filter(([name]) => name !== "content-type");
}

/**
 * The security headers of the JSON API, after OWASP's REST Security Cheat Sheet ("Security
 * Headers": https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html):
 * no caching of answers that describe a person, no framing, no MIME sniffing, HTTPS only. The
 * headers that only instruct a browser rendering a document (a full content security policy,
 * cross-origin isolation, referrer, download and DNS-prefetch policies, the legacy XSS filter)
 * stay on the web page's responses; a JSON answer is never rendered as one.
 */
export function apiSecurityHeaderList(): Promise<HeaderPair[]> {
  return securityHeaderList({
    contentSecurityPolicy: { frameAncestors: ["'none'"] },
    xFrameOptions: "DENY",
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  }).then((list) => [["Cache-Control", "no-store"], ...list]);
}

/**
 * Sets fixed headers on every response: one set for the paths under `prefix` (say `/api/`) and
 * another for every other path, each followed by `extra`. The lists are resolved once.
 *
 * @example
 * ```ts
 * app.use(fixedHeadersUnder("/api/", apiSecurityHeaderList(), securityHeaderList(pageCsp), [["X-Rulebook-Version", v]]));
 * ```
 */
export function fixedHeadersUnder(
  prefix: string,
  inside: Promise<readonly HeaderPair[]>,
  outside: Promise<readonly HeaderPair[]>,
  extra: readonly HeaderPair[] = [],
): MiddlewareHandler {
  let pairs: readonly [inside: readonly HeaderPair[], outside: readonly HeaderPair[]] | undefined;
  const ready = Promise.all([inside, outside]).then(([i, o]) => {
    pairs = [
      [...i, ...extra],
      [...o, ...extra],
    ];
    return pairs;
  });
  return async (c, next) => {
    const [i, o] = pairs ?? (await ready);
    return withHeaders(c, next, c.req.path.startsWith(prefix) ? i : o);
  };
}
