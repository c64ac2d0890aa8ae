/**
 * Logging without personal data. The request log holds method, path (record ids masked, a path
 * no route knows not echoed), status, time and request id: never a body, a query string or a
 * header value. The error log holds error names, database error codes and stack frames: never
 * an error message, which can quote the data (a failed query quotes its parameters).
 *
 * @example
 * ```ts
 * app.use(safeRequestId());
 * app.use(requestLog((line) => process.stdout.write(`${JSON.stringify(line)}\n`)));
 * console.error(`request ${id} failed: ${describeFailure(error)}`);
 * ```
 */
import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "./context.js";
import { withHeaders } from "./headers.js";

export interface RequestLogLine {
  t: string;
  id: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

export const UNKNOWN_PATH = "(unknown path)";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A path safe to log, once the request is answered: the pattern of the route that answered it
 * (Hono's matched routes, so `/api/v1/assessments/:id` for a record, never the id), else, outside
 * `/api/`, a file of the web page that was served (status below 400); anything else could hold
 * whatever the caller typed (`/api/v1/assessments/Jean-Dupont` answered 401 or 404, say).
 */
export function loggablePath(c: Context, status: number): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const route = routes[i];
    // Middleware is registered for ALL methods; a handler for its own. `{…}` is a parameter's pattern.
    if (route && route.method !== "ALL")
      return route.path
        .split("/")
        .map((segment) => (segment.startsWith(":") ? segment.replace(/\{.*$/, "") : segment))
        .join("/");
  }
  if (status < 400 && !c.req.path.startsWith("/api/")) return c.req.path;
  return UNKNOWN_PATH;
}

/**
 * Gives each request an id (context `requestId`, response header `X-Request-Id`). A client's own
 * `X-Request-Id` is kept only when it is a UUID: any other text could carry personal data into
 * the log.
 */
export function safeRequestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header("x-request-id");
    const id = given !== undefined && UUID.test(given) ? given.toLowerCase() : randomUUID();
    c.set("requestId", id);
    await withHeaders(c, next, [["X-Request-Id", id]]);
  };
}

export function requestLog(write: (line: RequestLogLine) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    write({
      t: new Date().toISOString(),
      id: c.get("requestId") ?? "-",
      method: c.req.method,
      path: loggablePath(c, status),
      status,
      ms: Math.round((performance.now() - start) * 100) / 100,
    });
  };
}

/**
 * An error as the error log may show it: the names and database error codes (SQLSTATE) along
 * its `cause` chain, then the stack frames of the outermost error. No message: a message can quote
 * the data (drizzle's "Failed query: … params: …", PostgreSQL's "Key (…)=(…)").
 */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    if (e instanceof Error) {
      const code = (e as { code?: unknown }).code;
      parts.push(typeof code === "string" && /^[\w-]{1,40}$/.test(code) ? `${e.name} (${code})` : e.name);
      e = e.cause;
    } else {
      parts.push(typeof e);
      break;
    }
  }
  const frames =
    error instanceof Error && typeof error.stack === "string"
      ? error.stack.split("\n").filter((l) => /^\s+at /.test(l))
      : [];
  return [parts.join(" <- caused by "), ...frames].join("\n");
}

/**
 * Writes log lines to a stream in batches: lines wait at most `intervalMs` (default 20 ms), or
 * until 64 KB are waiting, and are then written together, so a busy server makes a few writes a
 * second instead of one per request (a write to a pipe or a file is a system call, and on Linux a
 * synchronous one for `process.stdout`; ADR 0024). The timer does not keep the process alive;
 * `flush()` writes what waits (call it before exiting).
 *
 * @example
 * ```ts
 * const out = batchedLines(process.stdout);
 * app.use(requestLog((line) => out.write(JSON.stringify(line))));
 * process.on("exit", () => out.flush());
 * ```
 */
export function batchedLines(
  stream: { write(chunk: string): unknown },
  { maxPending = 64 * 1024, intervalMs = 20 }: { maxPending?: number; intervalMs?: number } = {},
): { write(line: string): void; flush(): void } {
  let pending = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === "") return;
    const chunk = pending;
    pending = "";
    stream.write(chunk);
  };
  return {
    write(line: string) {
      pending += `${line}\n`;
      if (pending.length >= maxPending) flush();
      else if (timer === undefined) {
        timer = setTimeout(flush, intervalMs);
        timer.unref?.();
      }
    },
    flush,
  };
}
