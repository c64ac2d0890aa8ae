/**
 * The API's own middleware: the body limit and the API key check.
 *
 * @example
 * ```ts
 * app.use("/api/*", limitBody(64 * 1024));
 * app.use("/api/v1/assessments/*", apiKeyAuth(new KeyBook(".data", "s3cret")));
 * ```
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { type AppEnv, oneError, say } from "./context.js";
import type { KeyBook } from "./keys.js";

/**
 * The request body limit. A request that declares its length (`Content-Length`, no
 * `Transfer-Encoding`) is judged on that header alone; Node's HTTP parser never reads more than it
 * declares. GET and HEAD carry no body. Anything else goes through Hono's `bodyLimit`, which counts
 * the bytes as they stream: asking the request for its body stream makes the Node adapter build a full
 * `Request` object, which cost more than the assessment itself under load.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) => c.json(oneError("too-large", say(c).tooLarge(maxBytes / 1024)), 413);
  const streaming = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const length = c.req.header("content-length");
    if (length !== undefined && /^\d+$/.test(length) && c.req.header("transfer-encoding") === undefined)
      return Number(length) > maxBytes ? tooLarge(c) : next();
    if (c.req.method === "GET" || c.req.method === "HEAD") return next(); // no body to read
    return streaming(c, next);
  };
}

/**
 * The API key check: `Authorization: Bearer <key>` or `X-API-Key: <key>`, looked up in the key
 * book (keys.ts: constant-time comparison); the caller (key id, tenant) is `c.get("caller")`.
 */
export function apiKeyAuth(keys: Pick<KeyBook, "check">): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const auth = c.req.header("authorization");
    const given = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? c.req.header("x-api-key");
    if (given === undefined) {
      return c.json(oneError("unauthorized", say(c).keyMissing()), 401, {
        "WWW-Authenticate": 'Bearer realm="poe-permit"',
      });
    }
    const caller = keys.check(given);
    if (!caller) {
      return c.json(oneError("unauthorized", say(c).keyInvalid()), 401, {
        "WWW-Authenticate": 'Bearer realm="poe-permit", error="invalid_token"',
      });
    }
    c.set("caller", caller);
    await next();
  };
}
