/**
 * A pool worker's entry when the project runs from its TypeScript sources (tsx, vitest): registers
 * tsx's loader on this thread, then loads the worker module named in `workerData` and hands its
 * default export to piscina as this file's own. From the compiled `dist/` the pool loads the
 * worker's `.js` file directly and this file is not used (sibling-worker.ts).
 */
import { workerData } from "node:worker_threads";

const { register } = await import(workerData.tsx);
register();
const mod = await import(workerData.module);
export default mod.default;
