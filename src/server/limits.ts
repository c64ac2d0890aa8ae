/**
 * The HTTP server's own limits and Node's own error answers. Slow clients are bounded: the
 * headers must arrive within HEADERS_TIMEOUT_MS, the whole request within REQUEST_TIMEOUT_MS, and
 * at most MAX_CONNECTIONS sockets are open at once (`POE_PERMIT_MAX_CONNECTIONS`). When Node's HTTP
 * parser refuses a request itself (malformed: 400; headers too large: 431; too slow: 408), the
 * answer carries the API's JSON error body and its security headers instead of Node's bare line.
 *
 * @example
 * ```ts
 * const server = serve({ fetch: app.fetch, port, serverOptions: limitServerOptions });
 * applyLimits(server, { maxConnections: 1024 });
 * ```
 */
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { serverMessages } from "./messages.js";

export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const MAX_CONNECTIONS = 1024;
/**
 * How often Node checks the two timeouts above. Its default (30 s) let a client that never
 * finished its headers hold a connection for up to 40 s; checked every second, the headers
 * timeout holds to within a second.
 */
export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;
/** The `node:http` server options the limits need at creation (`serve({ serverOptions })`). */
export const limitServerOptions = { connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS };

/** Node's parser error codes and the status each is answered with. */
function statusOf(code: string | undefined): { status: number; reason: string; code: string } {
  if (code === "HPE_HEADER_OVERFLOW")
    return { status: 431, reason: "Request Header Fields Too Large", code: "headers-too-large" };
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return { status: 408, reason: "Request Timeout", code: "timeout" };
  return { status: 400, reason: "Bad Request", code: "bad-request" };
}

/** The raw HTTP answer to a request Node's parser refused. */
export function parserErrorResponse(code: string | undefined): string {
  const m = serverMessages("en");
  const { status, reason, code: errorCode } = statusOf(code);
  const message = status === 431 ? m.headersTooLarge() : status === 408 ? m.requestTimeout() : m.badRequest();
  const body = JSON.stringify({ errors: [{ path: "", code: errorCode, message }] });
  return [
    `HTTP/1.1 ${status} ${reason}`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "Cache-Control: no-store",
    "X-Content-Type-Options: nosniff",
    "X-Frame-Options: DENY",
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    "",
    body,
  ].join("\r\n");
}

export function applyLimits(server: Server, options: { maxConnections?: number } = {}): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or a socket already written to (a response under way) gets no answer.
    if (
      error.code === "ECONNRESET" ||
      !socket.writable ||
      (socket as { _httpMessage?: unknown })._httpMessage
    ) {
      socket.destroy();
      return;
    }
    socket.end(parserErrorResponse(error.code));
  });
}

/** `POE_PERMIT_MAX_CONNECTIONS`: a positive integer, default MAX_CONNECTIONS. */
export function parseMaxConnections(value: string | undefined): number {
  if (value === undefined || value === "") return MAX_CONNECTIONS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`POE_PERMIT_MAX_CONNECTIONS must be a positive integer, not ${value}`);
  return n;
}
