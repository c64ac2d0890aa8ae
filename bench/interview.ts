/**
 * `npm run bench:interview`: how many questions the interview asks before `poe` and `route` are
 * settled, over the public scenarios whose full profile settles both, next to the smallest number
 * possible for each profile (exact search, see interview-minimum.ts), and the ratio. Target: the
 * average within 1.3× of the smallest.
 *
 * Usage: `npm run bench:interview [-- --strategy declared|engine|lookahead|all]` (default: the
 * interview's default strategy, `declared`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Profile } from "../src/contract/profile.js";
import { realEngine } from "../src/engine/engine.js";
import { DEFAULT_STRATEGY, type Strategy } from "../src/interview/plan.js";
import { type AskStep, profileAsker, runInterview } from "../src/interview/run.js";
import { startState } from "../src/interview/state.js";
import { minimumSettlingSet } from "./interview-minimum.js";

const DIR = join(import.meta.dirname, "..", "test", "fixtures", "scenarios");

interface Scenario {
  file: string;
  profile: Profile;
}

function completeScenarios(): { used: Scenario[]; skipped: string[] } {
  const used: Scenario[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const s = JSON.parse(readFileSync(join(DIR, file), "utf8"));
    if (s.expect?.error) continue;
    const r = realEngine.assess(s.profile);
    if (r.ok && r.assessment.missing.length === 0) used.push({ file, profile: s.profile });
    else skipped.push(file);
  }
  return { used, skipped };
}

/** Questions asked while `poe` or `route` was still open (the decisive phase). */
export async function questionsToSettle(profile: Profile, strategy: Strategy): Promise<number> {
  const asked: AskStep[] = [];
  const out = await runInterview(
    startState(profile.arrival ? { arrival: profile.arrival } : {}),
    profileAsker(profile),
    {
      lang: "en",
      engine: realEngine,
      strategy,
      onAsk: (step) => asked.push(step),
    },
  );
  if (out.kind !== "done") throw new Error("bench: interview did not finish");
  return asked.filter((s) => !s.optional).length;
}

async function main() {
  const arg = process.argv.indexOf("--strategy");
  const wanted = arg > 0 ? process.argv[arg + 1] : "default";
  const strategies: Strategy[] =
    wanted === "all"
      ? [
          DEFAULT_STRATEGY,
          ...(["declared", "engine", "lookahead"] as const).filter((s) => s !== DEFAULT_STRATEGY),
        ]
      : wanted === "default" || !wanted
        ? [DEFAULT_STRATEGY]
        : [wanted as Strategy];
  const { used, skipped } = completeScenarios();
  const t0 = performance.now();
  const minimum = used.map((s) => minimumSettlingSet(s.profile, realEngine));
  const minMs = performance.now() - t0;
  const rows: Record<string, number[]> = {};
  const times: Record<string, number> = {};
  for (const strategy of strategies) {
    const t = performance.now();
    rows[strategy] = [];
    for (const s of used) rows[strategy].push(await questionsToSettle(s.profile, strategy));
    times[strategy] = performance.now() - t;
  }
  const pad = (x: string | number, n: number) => String(x).padStart(n);
  console.log(
    `Interview: questions asked before poe and route are settled (${used.length} public complete profiles)`,
  );
  if (skipped.length) console.log(`(not settled by their full profile, so left out: ${skipped.join(", ")})`);
  console.log("");
  console.log(
    `${"scenario".padEnd(52)} ${strategies.map((s) => pad(s, 9)).join(" ")} ${pad("smallest", 8)}  smallest set`,
  );
  used.forEach((s, i) => {
    const m = minimum[i]!;
    console.log(
      `${s.file.replace(/\.json$/, "").padEnd(52)} ${strategies.map((st) => pad(rows[st]![i]!, 9)).join(" ")} ${pad(m.size, 8)}  ${m.fields.join(", ")}`,
    );
  });
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const minAvg = avg(minimum.map((m) => m.size));
  const minMax = Math.max(...minimum.map((m) => m.size));
  console.log("");
  for (const st of strategies) {
    const xs = rows[st]!;
    const perProfile = xs.map((x, i) => x / Math.max(1, minimum[i]!.size));
    console.log(
      `${st.padEnd(10)} average ${avg(xs).toFixed(2)} (smallest ${minAvg.toFixed(2)}), max ${Math.max(...xs)} (smallest ${minMax}); ratio of averages ${(avg(xs) / minAvg).toFixed(3)}×, worst profile ${Math.max(...perProfile).toFixed(2)}×; ${(times[st]! / used.length).toFixed(0)} ms per interview`,
    );
  }
  console.log(
    `minimum search: ${minimum.reduce((a, m) => a + m.assessCalls, 0)} assessments, ${(minMs / 1000).toFixed(1)} s`,
  );
  const best = Math.min(...strategies.map((st) => avg(rows[st]!)));
  console.log(
    `target: average within 1.3× of the smallest → ${best / minAvg <= 1.3 ? "met" : "NOT met"} (${(best / minAvg).toFixed(3)}×)`,
  );
}

await main();
