import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["bin/poe-permit.js", ...args], { input, encoding: "utf8" });

describe("poe-permit assess (contract §6), through the real command", () => {
  it("prints readable text by default and exits 0", () => {
    const r = run(["assess"], '{"citizenships":["FR"],"permit":"pgwp","arrival":"2026-03-01"}');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("No: you cannot apply");
    expect(r.stdout).toContain("Still unknown");
    expect(r.stdout).toContain("inCanadaWithStatus");
  });

  it("speaks French with --lang fr", () => {
    const r = run(
      ["assess", "--lang", "fr"],
      '{"citizenships":["FR"],"permit":"pgwp","arrival":"2026-03-01"}',
    );
    expect(r.stdout).toContain("Non\u00a0: vous ne pouvez pas");
  });

  it("exits 2 and lists every problem on bad input", () => {
    const r = run(["assess"], '{"citizenships":["ZQ"],"age":-1}');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("citizenships[0]");
    expect(r.stderr).toContain("age");
    expect(r.stdout).toBe("");
  });

  it("answers JSON Lines line by line, with an error object for a bad line", () => {
    const input = [
      '{"citizenships":["FR"],"permit":"pgwp"}',
      "{not json",
      '{"foo":1}',
      '{"citizenships":["IN"]}',
    ].join("\n");
    const r = run(["assess", "--json"], input);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].poe).toBe("no");
    expect(lines[1].errors[0].code).toBe("not-json");
    expect(lines[2].errors[0]).toMatchObject({ path: "foo", code: "unknown-key" });
    expect(lines[3].contract).toBe(1);
    expect(r.status).toBe(2);
  });

  it("reads a pretty-printed JSON file", () => {
    const r = run(["assess", "--json", "test/fixtures/scenarios/001-fr-lmia-exempt-air-yvr.json"]);
    // The fixture wraps the profile, so this is an unknown-key error listing every top-level key.
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors.map((e: { path: string }) => e.path)).toEqual([
      "name",
      "basis",
      "profile",
      "expect",
    ]);
  });

  it("has help for each command", () => {
    expect(run(["--help"]).stdout).toContain("assess");
    expect(run(["assess", "--help"]).stdout).toContain("Exit status");
    expect(run(["rules", "--help"]).stdout).toContain("--as-of");
  });
});

describe("poe-permit rules", () => {
  it("lists rules with sources and windows, filtered by date", () => {
    const all = JSON.parse(run(["rules", "--json"]).stdout);
    const before = JSON.parse(run(["rules", "--json", "--as-of", "2024-06-20"]).stdout);
    expect(all.some((r: { id: string }) => r.id === "R-POE-07")).toBe(true);
    expect(before.some((r: { id: string }) => r.id === "R-POE-07")).toBe(false);
    expect(run(["rules", "--lang", "fr"]).stdout).toContain("En vigueur");
    expect(run(["rules", "--as-of", "soon"]).status).toBe(2);
  });
});
