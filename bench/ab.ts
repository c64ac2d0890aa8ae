/**
 * `npm run bench:ab`: the engine of another revision (A, default HEAD) against the working tree
 * (B), in one process, with interleaved passes. On a machine whose speed drifts from minute to
 * minute, two benchmark runs taken apart say little about a small change; alternating A and B
 * pass by pass exposes both to the same drift, and the minimum of many passes is the steadiest
 * figure. Both answers are first checked to be identical on every profile (a speed-up that changes
 * an answer is a bug).
 *
 *   npm run bench:ab -- [--base REV] [--kind partial|complete|both|replies|all] [--passes N] [--profiles N]
 *                       [--same text|decisions]
 *
 * `--same decisions` checks that A and B reach the same decision (verdict, route, the codes and
 * rules of blockers, documents and advisories, `missing`, `refine`) instead of the same JSON text:
 * for timing against a revision whose wording or rulebook version differs on purpose. It applies
 * to `complete` and `partial`; `replies` always compares the whole body.
 *
 * `replies` times the whole work of `POST /api/v1/assess` on the assessment thread (`assessReply`:
 * JSON in, validation, assessment, `whatWouldChange` for a "no", JSON out) over the 27 public
 * scenario bodies in turn, as `bench:api` sends them; `all` is the three kinds.
 *
 * A is compiled from a temporary `git worktree` of REV, B from the working tree; both with
 * `tsc -p tsconfig.build.json` (bench/compiled.ts). Everything temporary is removed at exit.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AssessResult } from "../src/contract/assessment.js";
import { compileInto, ROOT } from "./compiled.js";
import { profiles } from "./profiles.js";

const args = process.argv.slice(2);
const value = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const BASE = value("--base", "HEAD");
const KIND = value("--kind", "both");
const PASSES = Number(value("--passes", "15"));
const N_PROFILES = Number(value("--profiles", "2000"));
const SAME = value("--same", "text");
if (
  !["partial", "complete", "both", "replies", "all"].includes(KIND) ||
  !["text", "decisions"].includes(SAME) ||
  !(PASSES >= 1) ||
  !(N_PROFILES >= 1)
) {
  console.error(
    "usage: npm run bench:ab -- [--base REV] [--kind partial|complete|both|replies|all] [--passes N] [--profiles N] [--same text|decisions]",
  );
  process.exit(2);
}

type Assess = (input: unknown, options: object) => AssessResult;
type Reply = (
  text: string,
  lang: "en",
  now: Date,
  engine: { assess: Assess },
) => { kind: string; body?: string };

const work = mkdtempSync(join(tmpdir(), "poe-ab-"));
const worktree = join(work, "base");
const cleanUp = () => {
  try {
    execFileSync("git", ["-C", ROOT, "worktree", "remove", "--force", worktree], { stdio: "ignore" });
  } catch {
    // not created, or already gone
  }
  rmSync(work, { recursive: true, force: true });
};
process.on("exit", cleanUp);
process.on("SIGINT", () => process.exit(130));

execFileSync("git", ["-C", ROOT, "worktree", "add", "--detach", worktree, BASE], { stdio: "ignore" });
const revision = execFileSync("git", ["-C", worktree, "rev-parse", "--short", "HEAD"], {
  encoding: "utf8",
}).trim();
process.stderr.write(`compiling A (${BASE} = ${revision}) and B (working tree) …\n`);
const a = await compileInto(join(work, "A"), worktree);
const b = await compileInto(join(work, "B"));
const assessA = ((await import(a.url("engine/index.js"))) as { assess: Assess }).assess;
const assessB = ((await import(b.url("engine/index.js"))) as { assess: Assess }).assess;
const replyA = ((await import(a.url("server/assess-reply.js"))) as { assessReply: Reply }).assessReply;
const replyB = ((await import(b.url("server/assess-reply.js"))) as { assessReply: Reply }).assessReply;

const now = new Date("2026-11-28T12:00:00Z");
const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);

/** The public scenarios' profiles as request bodies, each repeated so one pass is about 1,000 replies. */
const scenarioBodies = (() => {
  const dir = join(ROOT, "test/fixtures/scenarios");
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map(
      (f) =>
        JSON.parse(readFileSync(join(dir, f), "utf8")) as { profile: unknown; expect: { error?: boolean } },
    )
    .filter((sc) => !sc.expect.error)
    .map((sc) => JSON.stringify(sc.profile));
  return Array.from({ length: 40 }, () => bodies).flat();
})();

/** What must agree between A and B: the whole answer, or only its decision (see `--same`). */
const decisionOf = (r: AssessResult): unknown => {
  if (!r.ok) return r;
  const a = r.assessment;
  return {
    poe: a.poe,
    route: a.route,
    blockers: a.blockers.map((x) => [x.code, x.rule]),
    documents: a.documents.map((x) => x.code),
    advisories: a.advisories.map((x) => [x.code, x.rule]),
    missing: a.missing,
    refine: a.refine,
  };
};
const agreement = (r: AssessResult) => JSON.stringify(SAME === "decisions" ? decisionOf(r) : r);

/** One kind's calls for one build: the inputs, and a call on one of them returning its answer text. */
type Workload = { inputs: readonly unknown[]; a: (x: unknown) => string; b: (x: unknown) => string };
const workload = (kind: "complete" | "partial" | "replies"): Workload =>
  kind === "replies"
    ? {
        inputs: scenarioBodies,
        a: (x) => replyA(x as string, "en", now, { assess: assessA }).body ?? "",
        b: (x) => replyB(x as string, "en", now, { assess: assessB }).body ?? "",
      }
    : {
        inputs: profiles(kind, N_PROFILES, kind === "complete" ? 1 : 2),
        a: (x) => JSON.stringify(assessA(x, { now })),
        b: (x) => JSON.stringify(assessB(x, { now })),
      };
/** The same calls, answering what `--same` compares. */
const compared = (kind: "complete" | "partial" | "replies", x: unknown, side: "a" | "b"): string =>
  kind === "replies"
    ? ((side === "a" ? replyA : replyB)(x as string, "en", now, { assess: side === "a" ? assessA : assessB })
        .body ?? "")
    : agreement((side === "a" ? assessA : assessB)(x, { now }));
const microsPer = (call: (x: unknown) => string, inputs: readonly unknown[]) => {
  const t = performance.now();
  for (const x of inputs) call(x);
  return ((performance.now() - t) * 1000) / inputs.length;
};
const KINDS = {
  both: ["complete", "partial"],
  all: ["complete", "partial", "replies"],
} as Record<string, ("complete" | "partial" | "replies")[]>;

for (const kind of KINDS[KIND] ?? [KIND as "complete" | "partial" | "replies"]) {
  const { inputs: set, a: callA, b: callB } = workload(kind);
  for (const x of set) {
    const ra = compared(kind, x, "a");
    const rb = compared(kind, x, "b");
    if (ra !== rb) {
      console.error(`A and B answer differently for ${JSON.stringify(x)}:\nA ${ra}\nB ${rb}`);
      process.exit(1);
    }
  }
  for (let i = 0; i < 3; i++) {
    microsPer(callA, set);
    microsPer(callB, set);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    ta.push(microsPer(callA, set));
    tb.push(microsPer(callB, set));
  }
  const [sa, sb] = [sorted(ta), sorted(tb)];
  const med = (s: number[]) => s[s.length >> 1]!;
  console.log(
    `${kind.padEnd(8)} A ${revision}: min ${sa[0]!.toFixed(1)} µs, median ${med(sa).toFixed(1)} µs | ` +
      `B: min ${sb[0]!.toFixed(1)} µs, median ${med(sb).toFixed(1)} µs | B/A: min ${(sb[0]! / sa[0]!).toFixed(3)}, ` +
      `median ${(med(sb) / med(sa)).toFixed(3)} (${PASSES} interleaved passes of ${set.length} ${kind === "replies" ? "replies" : "profiles"}; same ${kind !== "replies" && SAME === "decisions" ? "decisions" : "answers"})`,
  );
}
