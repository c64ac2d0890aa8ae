/**
 * Worker-thread entry: screens the batches the main thread sends, with the same `screenRows` as
 * the in-process path. The engine is loaded from `assessModule` (default: the real engine), so
 * tests and benchmarks can swap it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Engine } from "../engine/port.js";
import { type RawRow, type ScreenSettings, screenRows } from "./screen.js";

export interface WorkerSetup {
  settings: ScreenSettings;
  /** URL of a module exporting `assess`. */
  assessModule: string;
}

export interface WorkerJob {
  seq: number;
  rows: RawRow[];
}

const setup = workerData as WorkerSetup;
const mod = (await import(setup.assessModule)) as { assess: Engine["assess"] };

parentPort!.on("message", (job: WorkerJob) => {
  try {
    parentPort!.postMessage({ seq: job.seq, ...screenRows(job.rows, setup.settings, mod.assess) });
  } catch (e) {
    parentPort!.postMessage({ seq: job.seq, fault: (e as Error).stack ?? String(e) });
  }
});
parentPort!.postMessage({ ready: true });
