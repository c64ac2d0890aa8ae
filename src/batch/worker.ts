/**
 * A batch worker's task (run by the piscina pool of pool.ts): screens one batch with the same
 * `screenRows` as the in-process path. The engine is loaded from `assessModule` (default: the real
 * engine) when the thread starts, so tests and benchmarks can swap it.
 */
import type { Engine } from "../engine/port.js";
import { poolData } from "../runtime/sibling-worker.js";
import { type RawRow, type ScreenSettings, screenRows, type Tallies } from "./screen.js";

export interface WorkerSetup {
  settings: ScreenSettings;
  /** URL of a module exporting `assess`. */
  assessModule: string;
}

/** A screened batch, or why it could not be (the error's stack, as the pool reports it). */
export type WorkerReply = { text: string; tallies: Tallies } | { fault: string };

const setup = poolData<WorkerSetup>();
const mod = (await import(setup.assessModule)) as { assess: Engine["assess"] };

export default function screenBatch(rows: RawRow[]): WorkerReply {
  try {
    return screenRows(rows, setup.settings, mod.assess);
  } catch (e) {
    return { fault: (e as Error).stack ?? String(e) };
  }
}
