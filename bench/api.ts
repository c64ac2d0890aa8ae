/**
 * `npm run bench:api`: load on POST /api/v1/assess over loopback with autocannon (50 connections,
 * a few seconds), against the compiled server (dist/server/main.js) started as a child process so
 * that its resident memory (VmRSS) can be read idle, under load, and during a burst of saved
 * assessments. The load generator shares the machine's cores with the server.
 *
 * Targets (issue 5): >= 5,000 assessments/s, p99 < 50 ms, zero errors, RSS < 250 MB.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
// @ts-expect-error: a plain ES module launcher, without type declarations
import { TUNED_ENV, TUNED_NODE_ARGS } from "../bin/start-tuned.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = 50;
const KEY = "bench-key";

const entry = join(ROOT, "dist/server/main.js");
if (!existsSync(entry)) {
  console.error("bench:api: dist/server/main.js is missing; run `npm run build` first.");
  process.exit(1);
}

const scenarioDir = join(ROOT, "test/fixtures/scenarios");
const bodies = readdirSync(scenarioDir)
  .filter((f) => f.endsWith(".json"))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(scenarioDir, f), "utf8")) as {
        profile: unknown;
        expect: { error?: boolean };
      },
  )
  .filter((s) => !s.expect.error)
  .map((s) => JSON.stringify(s.profile));

/**
 * The environment and Node's options of `npm run start:tuned` (bin/start-tuned.mjs), so the server
 * is measured as it is run; `SERVER_NODE_ARGS` adds more options (e.g. `--cpu-prof`).
 */
const startEnv = TUNED_ENV;
const nodeOptions = [...TUNED_NODE_ARGS, ...(process.env.SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean)];

const dataDir = await mkdtemp(join(tmpdir(), "poe-permit-bench-"));
/**
 * Each server's output (the request log: a line per request) goes to a file, as an operator would
 * send it to a file or the journal, not through a pipe into this process: reading it here cost
 * autocannon, which runs in this process, about 15 µs of CPU per request.
 */
const outputPath = (name: string) => join(dataDir, `${name}.out`);
const outputFile = (name: string) => openSync(outputPath(name), "w+");
const serverOut = outputFile("server");
const child = spawn(process.execPath, [...nodeOptions, entry], {
  cwd: ROOT,
  env: {
    ...process.env,
    ...startEnv,
    PORT: "0",
    HOST: "127.0.0.1",
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    DATABASE_URL: "",
  },
  stdio: ["ignore", serverOut, "inherit"],
});
/** How many request log lines the server has written (its output lines that are JSON objects). */
const logLines = () =>
  readFileSync(outputPath("server"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{")).length;

/** The address a server prints in its "listening on <url>" line, read from its output file. */
async function listeningUrl(server: ChildProcess, fd: number, what: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  const head = Buffer.alloc(4096);
  for (;;) {
    const out = head.toString("utf8", 0, readSync(fd, head, 0, head.length, 0));
    const m = out.match(/listening on (http:\/\/[^\s]+)/);
    if (m?.[1]) return m[1];
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * POSTs the scenario bodies to `url` with 50 connections for `duration` seconds, each connection
 * going through all of them in turn. autocannon builds each request once; a `setupRequest` that
 * picked the next body rebuilt every request and cost the load generator CPU for nothing.
 */
const rotatingLoad = (url: string, duration: number) =>
  autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: bodies.map((body) => ({
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body,
    })),
  });

const base = await listeningUrl(child, serverOut, "the server");

const rssMb = () => {
  const kb = Number(
    readFileSync(`/proc/${child.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN,
  );
  return kb / 1024;
};
/** CPU time (user + system) the server has used so far, in milliseconds (from /proc, clock ticks of 10 ms). */
const cpuMsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const sampleDuring = async <T>(work: Promise<T>): Promise<{ result: T; peak: number }> => {
  let peak = rssMb();
  const timer = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
  const result = await work;
  clearInterval(timer);
  return { result, peak: Math.max(peak, rssMb()) };
};

/** Starts bench/api-floor.mjs, loads it like the real server, and reports its rate and CPU per request. */
async function runFloor(): Promise<{ rps: number; cpuUs: number }> {
  const floorOut = outputFile("floor");
  const peer = spawn(process.execPath, [join(ROOT, "bench/api-floor.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", floorOut, "inherit"],
  });
  try {
    const url = `${await listeningUrl(peer, floorOut, "the floor server")}/echo`;
    await rotatingLoad(url, 1); // warm-up
    const before = cpuMsOf(peer.pid!);
    const f = await rotatingLoad(url, DURATION);
    return { rps: f.requests.average, cpuUs: ((cpuMsOf(peer.pid!) - before) * 1000) / f.requests.total };
  } finally {
    peer.kill("SIGTERM");
    await new Promise((r) => peer.once("exit", r));
    closeSync(floorOut);
  }
}

try {
  await fetch(`${base}/api/v1/health`);
  await new Promise((r) => setTimeout(r, 1000));
  const idle = rssMb();

  // Warm-up, not reported: the same rotating load for 2 s, so that every kind of answer (yes, no
  // with whatWouldChange, partial profiles) has been compiled before the measured run.
  await rotatingLoad(`${base}/api/v1/assess`, 2);

  const cpuBefore = cpuMsOf(child.pid!);
  const { result: r, peak } = await sampleDuring(rotatingLoad(`${base}/api/v1/assess`, DURATION));
  const cpuPerRequestUs = ((cpuMsOf(child.pid!) - cpuBefore) * 1000) / r.requests.total;

  // A burst of saved assessments (writes through the embedded store) for the memory figure.
  const save = autocannon({
    url: `${base}/api/v1/assessments`,
    connections: 10,
    duration: 2,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ profile: JSON.parse(bodies[0] ?? "{}"), clientRef: "bench" }),
  });
  const { result: w, peak: writePeak } = await sampleDuring(save);

  // The peer, same run, same load: a bare Hono JSON echo (bench/api-floor.mjs) in its own process.
  const floor = await runFloor();

  const errors = r.errors + r.timeouts + r.non2xx;
  const lines = [
    `server: ${[...Object.entries(startEnv).map(([k, v]) => `${k}=${v}`), "node", ...nodeOptions, "dist/server/main.js"].join(" ")}`,
    `POST /api/v1/assess, ${CONNECTIONS} connections, ${DURATION} s, ${bodies.length} scenario profiles in rotation`,
    `  assessments/s     ${Math.round(r.requests.average)} (total ${r.requests.total})`,
    `  latency p50/p99   ${r.latency.p50} ms / ${r.latency.p99} ms`,
    `  server CPU        ${cpuPerRequestUs.toFixed(0)} µs per assessment (user + system, all threads)`,
    `  errors            ${errors} (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`,
    `  server RSS        idle ${idle.toFixed(0)} MB, under load peak ${peak.toFixed(0)} MB`,
    `  request log       on: ${logLines()} lines written by the server to a file`,
    `floor (same run): bare Hono JSON echo, no middleware or engine`,
    `  requests/s        ${Math.round(floor.rps)}, CPU ${floor.cpuUs.toFixed(0)} µs per request; assess = ${((100 * r.requests.average) / floor.rps).toFixed(0)}% of the floor's rate`,
    `POST /api/v1/assessments (saved, embedded store), 10 connections, 2 s`,
    `  saves/s           ${Math.round(w.requests.average)}, p99 ${w.latency.p99} ms, non-2xx ${w.non2xx}, errors ${w.errors}`,
    `  server RSS        peak ${writePeak.toFixed(0)} MB`,
    `targets: >= 5000/s ${r.requests.average >= 5000 ? "met" : "MISSED"}, p99 < 50 ms ${r.latency.p99 < 50 ? "met" : "MISSED"}, ` +
      `zero errors ${errors === 0 ? "met" : "MISSED"}, RSS < 250 MB ${Math.max(peak, writePeak) < 250 ? "met" : "MISSED"}`,
  ];
  console.log(lines.join("\n"));
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  closeSync(serverOut);
  await rm(dataDir, { recursive: true, force: true });
}
