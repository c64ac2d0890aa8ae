/**
 * Request logging without personal data: method, path (record ids masked, unknown paths not
 * echoed), status, time and request id. Never a body, a query string or a header value.
 *
 * @example
 * ```ts
 * app.use(requestLog((line) => process.stdout.write(`${JSON.stringify(line)}\n`)));
 * ```
 */
import type { MiddlewareHandler } from "hono";

export interface RequestLogLine {
  t: string;
  id: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

const UUID_SEGMENT = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi;
/** Paths that can answer 404 for a record that does not exist (they are worth logging as such). */
const RECORD_PATHS = new Set(["/api/v1/assessments/:id", "/api/v1/assessments/:id/reassess"]);

/** A path safe to log: ids become `:id`; a path no route knows is not echoed (it could hold anything). */
export function loggablePath(path: string, status: number): string {
  const masked = path.replace(UUID_SEGMENT, "/:id");
  if (status === 404 && !RECORD_PATHS.has(masked)) return "(unknown path)";
  return masked;
}

export function requestLog(write: (line: RequestLogLine) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    write({
      t: new Date().toISOString(),
      id: (c.get("requestId" as never) as string | undefined) ?? "-",
      method: c.req.method,
      path: loggablePath(c.req.path, status),
      status,
      ms: Math.round((performance.now() - start) * 100) / 100,
    });
  };
}
