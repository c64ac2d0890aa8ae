/** The public contract scenarios (copied from ../shared/scenarios/public) and the checker's comparison. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Scenario {
  file: string;
  name: string;
  lang?: "en" | "fr";
  profile: Record<string, unknown>;
  expect: Record<string, unknown> & { error?: boolean };
}

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "scenarios");

export const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), "utf8")) }));

const codes = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((x) => (typeof x === "string" ? x : (x as { code: string }).code)) : [];

/** The same comparison as shared/scenarios/check.mjs: returns the problems found. */
export function compare(s: Scenario, out: Record<string, unknown>): string[] {
  const e = s.expect as Record<
    string,
    { include?: string[]; exclude?: string[]; empty?: boolean } | string | boolean
  >;
  const problems: string[] = [];
  if (e.error) return Array.isArray(out.errors) && out.errors.length > 0 ? [] : ["expected an input error"];
  if (out.errors) return [`unexpected input error: ${JSON.stringify(out.errors)}`];
  for (const k of ["poe", "route"])
    if (e[k] !== undefined && out[k] !== e[k]) problems.push(`${k}: expected ${e[k]}, got ${out[k]}`);
  for (const k of ["blockers", "documents", "advisories", "missing"]) {
    const want = e[k] as { include?: string[]; exclude?: string[]; empty?: boolean } | undefined;
    if (!want) continue;
    const got = k === "missing" ? ((out.missing as string[]) ?? []) : codes(out[k]);
    for (const c of want.include ?? []) if (!got.includes(c)) problems.push(`${k}: missing ${c}`);
    for (const c of want.exclude ?? []) if (got.includes(c)) problems.push(`${k}: should not have ${c}`);
    if (want.empty === true && got.length > 0) problems.push(`${k}: expected empty, got ${got.join(",")}`);
    if (want.empty === false && got.length === 0) problems.push(`${k}: expected non-empty`);
  }
  if (out.contract !== 1) problems.push("contract must be 1");
  return problems;
}
