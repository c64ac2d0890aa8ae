/**
 * How long one `assess` takes: median and p99 over the public scenarios (complete and partial
 * profiles) and over sparse partial profiles, after a warm-up. Run: `npm run bench:assess`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { assess } from "../src/engine/index.js";

const dir = new URL("../test/fixtures/scenarios/", import.meta.url);
const profiles = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")))
  .filter((s) => !s.expect.error)
  .map((s) => s.profile);
const sparse = [
  {},
  { permit: "lmia" },
  { citizenships: ["MX"], arrival: "2026-03-01" },
  { citizenships: ["FR"], permit: "open" },
];
const now = new Date("2026-11-28T12:00:00Z");

function measure(set: unknown[], rounds: number) {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of set) {
      const t0 = process.hrtime.bigint();
      assess(p, { now });
      times.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
  }
  times.sort((a, b) => a - b);
  const q = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))]!;
  return { calls: times.length, medianUs: q(0.5), p90Us: q(0.9), p99Us: q(0.99) };
}

measure(profiles, 50); // warm-up
const result = { scenarios: measure(profiles, 200), sparsePartial: measure(sparse, 100) };
if (process.argv.includes("--json")) console.log(JSON.stringify(result));
else {
  for (const [name, r] of Object.entries(result)) {
    console.log(
      `${name.padEnd(14)} calls=${r.calls} median=${r.medianUs.toFixed(0)} µs p90=${r.p90Us.toFixed(0)} µs p99=${r.p99Us.toFixed(0)} µs`,
    );
  }
}
