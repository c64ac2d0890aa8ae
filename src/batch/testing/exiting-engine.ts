/**
 * The fake engine, except that a profile with `"spin": -1` ends its worker thread with exit code 3,
 * as a thread that dies mid-batch would (pool.test.ts).
 */
import type { AssessResult, Lang } from "../../contract/assessment.js";
import { assess as fake } from "./fake-engine.js";

export function assess(input: unknown, options: { lang?: Lang; now?: Date } = {}): AssessResult {
  if ((input as { spin?: unknown } | null)?.spin === -1) process.exit(3);
  return fake(input, options);
}
