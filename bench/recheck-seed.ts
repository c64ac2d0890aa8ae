/**
 * Fills a store with N saved assessments for measuring `poe-permit records recheck` (bench/RESULTS.md):
 * 1,000 generated profiles (bench/profiles.ts, seeded: half complete, half partial) are assessed and
 * saved through the store, then copied in SQL (new ids and client references, one millisecond
 * apart) until the table holds N records of the default tenant. The embedded store is used with
 * its lock taken and released as the server would; the copies go through PGlite or `pg` directly.
 *
 * @example
 * ```sh
 * npx tsx bench/recheck-seed.ts --rows 100000 --data-dir /tmp/recheck-100k
 * npx tsx bench/recheck-seed.ts --rows 100000 --database-url postgres://postgres@127.0.0.1:55432/recheck
 * /usr/bin/time -v node dist/cli/main.js records recheck --all --no-progress --data-dir /tmp/recheck-100k > /dev/null
 * ```
 */
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { assess } from "../src/engine/index.js";
import { lockDataFolder } from "../src/store/lock.js";
import { openStore, PGLITE_CONF, pgliteDir } from "../src/store/open.js";
import { profiles } from "./profiles.js";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    "data-dir": { type: "string" },
    "database-url": { type: "string" },
  },
});
const rows = Number(values.rows);
const BASE = Math.min(1_000, rows);
const dataDir = values["data-dir"] ?? "/tmp/poe-permit-recheck-bench";
const databaseUrl = values["database-url"];

const store = await openStore({ dataDir, databaseUrl, durability: "relaxed" });
const base = [...profiles("complete", BASE / 2, 17), ...profiles("partial", BASE - BASE / 2, 18)];
const now = new Date("2026-01-15T12:00:00Z");
let i = 0;
for (const profile of base) {
  const result = assess(profile, { lang: "en", now });
  if (!result.ok) throw new Error("a generated profile was refused");
  await store.save(
    { clientRef: `seed-${i}`, lang: "en", profile, assessment: result.assessment },
    new Date(now.getTime() + i++),
  );
}
await store.close();

// Copies k of the base rows per round until `rows` are there.
const copy = (round: number, count: number) =>
  `insert into assessments (id, tenant, created_at, client_ref, lang, rulebook, as_of, poe, route, profile, assessment)
   select gen_random_uuid(), tenant, created_at + make_interval(secs => ${round} * ${BASE} / 1000.0), client_ref || '-r${round}',
          lang, rulebook, as_of, poe, route, profile, assessment
   from (select * from assessments where client_ref not like '%-r%' order by created_at limit ${count}) b`;
const rounds: [number, number][] = [];
for (let have = BASE, round = 1; have < rows; round++) {
  const count = Math.min(BASE, rows - have);
  rounds.push([round, count]);
  have += count;
}
if (databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  for (const [round, count] of rounds) await client.query(copy(round, count));
  const n = (await client.query("select count(*)::int as n from assessments")).rows[0].n;
  await client.end();
  process.stdout.write(`PostgreSQL: ${n} records\n`);
} else {
  const lock = await lockDataFolder(dataDir);
  const db = await PGlite.create({ dataDir: pgliteDir(dataDir), postgresqlconf: PGLITE_CONF });
  for (const [round, count] of rounds) await db.query(copy(round, count));
  const n = (await db.query<{ n: number }>("select count(*)::int as n from assessments")).rows[0]?.n;
  await db.query("checkpoint");
  await db.close();
  await lock.release();
  process.stdout.write(`embedded (${dataDir}): ${n} records\n`);
}
