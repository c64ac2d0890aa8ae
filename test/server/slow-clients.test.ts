/**
 * Slow clients are bounded through the real server: headers that do not arrive within the headers
 * timeout (10 s) get a 408 with the JSON error body, promptly rather than at Node's 30 s check
 * interval; a body that trickles in slower than the request timeout (30 s) is cut then; and the connection cap (`POE_PERMIT_MAX_CONNECTIONS`) closes a connection over it while
 * the ones under it are served.
 */
import { rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from "../../src/server/limits.js";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

let server: RunningServer;
let dataDir = "";
const sockets: Socket[] = [];

beforeAll(async () => {
  dataDir = await freshDataDir();
  server = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: "slow-clients-key",
    POE_PERMIT_LOG: "off",
    POE_PERMIT_MAX_CONNECTIONS: "2",
  });
}, 60_000);
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const port = () => Number(new URL(server.url).port);
/** Opens a socket, writes `text`, and resolves with what came back once the server closes it. */
function open(text: string): { socket: Socket; answer: Promise<{ text: string; ms: number }> } {
  const started = Date.now();
  const socket = connect(port(), "127.0.0.1");
  sockets.push(socket);
  let got = "";
  socket.setEncoding("utf8");
  socket.on("data", (d: string) => (got += d));
  const answer = new Promise<{ text: string; ms: number }>((resolve) => {
    socket.on("error", () => resolve({ text: got, ms: Date.now() - started }));
    socket.on("close", () => resolve({ text: got, ms: Date.now() - started }));
  });
  socket.write(text);
  return { socket, answer };
}

it("headers that never finish get a 408 with the JSON body soon after the headers timeout", async () => {
  const { answer } = open("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ");
  const { text, ms } = await answer;
  expect(text).toMatch(/^HTTP\/1\.1 408 /);
  expect(text).toMatch(/\r\nContent-Type: application\/json\r\n/);
  const body = JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4)) as { errors: { code: string }[] };
  expect(body.errors[0]?.code).toBe("timeout");
  expect(ms).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
  expect(ms).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);
}, 30_000);

it("a body that trickles in is cut at the request timeout, not later", async () => {
  const { socket, answer } = open(
    "POST /api/v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{",
  );
  // A byte every 2 s: the headers timeout is met, the request's never is.
  const drip = setInterval(() => socket.writable && socket.write(" "), 2_000);
  const { ms } = await answer;
  clearInterval(drip);
  expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
  expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
}, 60_000);

it("a connection over POE_PERMIT_MAX_CONNECTIONS is closed unanswered; those under it are served", async () => {
  // Two idle keep-alive connections fill the cap.
  const held = [0, 1].map(() => open("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
  for (let i = 0; i < 100 && !held.every((h) => h.socket.bytesRead > 0); i++)
    await new Promise((r) => setTimeout(r, 20));
  expect(held.every((h) => h.socket.bytesRead > 0)).toBe(true);
  const third = open("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
  const { text } = await third.answer;
  expect(text).toBe("");
  for (const h of held) h.socket.destroy();
  await Promise.all(held.map((h) => h.answer));
  // With the held ones gone, a new connection is served again.
  let status = 0;
  for (let i = 0; i < 50 && status !== 200; i++) {
    status = await fetch(`${server.url}/api/v1/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status !== 200) await new Promise((r) => setTimeout(r, 20));
  }
  expect(status).toBe(200);
}, 30_000);
