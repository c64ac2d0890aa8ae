import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("src/ has no import cycle (scripts/import-cycles.mjs)", () => {
  const r = spawnSync(process.execPath, ["scripts/import-cycles.mjs"], { encoding: "utf8" });
  expect(r.stdout).toMatch(/^no import cycle/);
  expect(r.status).toBe(0);
});
