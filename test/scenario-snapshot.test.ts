import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { snapshotText } from "./scenario-snapshot.js";

it("every public scenario gives byte-identical answers to the snapshot (en and fr)", () => {
  const before = readFileSync(new URL("./fixtures/scenario-snapshot.json", import.meta.url), "utf8");
  expect(snapshotText() === before).toBe(true);
});
