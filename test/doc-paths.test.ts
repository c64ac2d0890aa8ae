import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("every path named in the docs and comments exists, and every contract § reference (scripts/doc-paths.mjs)", () => {
  const r = spawnSync(process.execPath, ["scripts/doc-paths.mjs"], { encoding: "utf8" });
  expect(r.stdout).toMatch(/^all \d+ paths named in \d+ files exist; all \d+ contract § references too/);
  expect(r.status).toBe(0);
});
