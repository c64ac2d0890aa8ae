import { describe, expect, it } from "vitest";
import { WorkerPool } from "./pool.js";
import type { RawRow, ScreenSettings } from "./screen.js";

const FAKE = new URL("./testing/fake-engine.ts", import.meta.url).href;
const EXITING = new URL("./testing/exiting-engine.ts", import.meta.url).href;
const settings: ScreenSettings = { format: "jsonl", lang: "en", now: "2025-01-01T00:00:00Z" };

const row = (line: number, profile: object): RawRow => ({
  line,
  kind: "jsonl",
  text: JSON.stringify({ id: `r${line}`, ...profile }),
});

/** A started pool for `use`, closed afterwards whatever happens. */
async function withPool(
  workers: number,
  assessModule: string,
  use: (pool: WorkerPool) => Promise<void>,
): Promise<void> {
  const pool = await WorkerPool.start(workers, { settings, assessModule });
  try {
    await use(pool);
  } finally {
    await pool.close();
  }
}

describe("WorkerPool", () => {
  it("settles each batch with its own rows, whichever worker finishes first", async () => {
    await withPool(2, FAKE, async (pool) => {
      // The first batch is slow, so the second finishes first.
      const slow = pool.submit([row(1, { citizenships: ["FR"], spin: 20_000 })]);
      const fast = pool.submit([row(2, { citizenships: ["IN"] }), row(3, { citizenships: ["FR"] })]);
      const [a, b] = await Promise.all([slow, fast]);
      expect(a.text).toContain('"id":"r1"');
      expect(a.tallies.rows).toBe(1);
      expect(b.text.indexOf('"id":"r2"')).toBeLessThan(b.text.indexOf('"id":"r3"'));
      expect(b.tallies).toMatchObject({ rows: 2, poe: { no: 1, yes: 1 } });
    });
  }, 60_000);

  it("surfaces a batch the worker could not screen as 'a worker failed' with its stack", async () => {
    await withPool(1, FAKE, async (pool) => {
      // A CSV row without the header's column plan: screenRows throws on the worker.
      const broken = pool.submit([{ line: 1, kind: "csv", cells: ["x"] }]);
      await expect(broken).rejects.toThrow(/^a worker failed: Error: CSV rows need a column plan\n\s+at /);
    });
  }, 60_000);

  it("surfaces a worker thread that exits as 'a worker exited with code N' and refuses later batches", async () => {
    await withPool(1, EXITING, async (pool) => {
      await expect(pool.submit([row(1, { spin: -1 })])).rejects.toThrow("a worker exited with code 3");
      await expect(pool.submit([row(2, { citizenships: ["FR"] })])).rejects.toThrow(
        "a worker exited with code 3",
      );
    });
  }, 60_000);

  it("fails to start when the engine module cannot be loaded", async () => {
    const missing = new URL("./testing/no-such-engine.ts", import.meta.url).href;
    await expect(WorkerPool.start(2, { settings, assessModule: missing })).rejects.toThrow(/no-such-engine/);
  }, 60_000);
});
