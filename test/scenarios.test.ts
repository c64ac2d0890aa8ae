import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { assess } from "../src/engine/index.js";
import { compare, scenarios } from "./scenarios.js";

const now = new Date("2026-11-28T12:00:00Z");

describe("public contract scenarios, in process", () => {
  it.each(scenarios.map((s) => [s.file, s] as const))("%s", (_file, s) => {
    const r = assess(s.profile, { lang: s.lang ?? "en", now });
    const out = r.ok ? (r.assessment as unknown as Record<string, unknown>) : { errors: r.errors };
    expect(compare(s, out)).toEqual([]);
  });
});

describe.skipIf(process.env.POE_PERMIT_MUTATE)(
  "public contract scenarios, through the CLI (JSON Lines, as check.mjs runs them)",
  () => {
    for (const lang of ["en", "fr"] as const) {
      it(`${lang}: one output line per profile, each matching its scenario`, () => {
        const items = scenarios.filter((s) => (s.lang ?? "en") === lang);
        const input = `${items.map((s) => JSON.stringify(s.profile)).join("\n")}\n`;
        const r = spawnSync(
          process.execPath,
          ["bin/poe-permit.js", "assess", "--json", "--lang", lang, "-"],
          {
            input,
            encoding: "utf8",
          },
        );
        const lines = r.stdout.split("\n").filter((l) => l.trim() !== "");
        expect(lines).toHaveLength(items.length);
        for (const [i, s] of items.entries()) expect(compare(s, JSON.parse(lines[i]!)), s.file).toEqual([]);
        expect(r.status).toBe(items.some((s) => s.expect.error) ? 2 : 0);
      });
    }
  },
);
