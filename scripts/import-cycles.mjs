/**
 * Finds import cycles among src/'s TypeScript files (relative imports, type-only ones included):
 * prints each cycle found and exits 1 if there is one.
 *
 * @example
 * ```sh
 * node scripts/import-cycles.mjs   # "no import cycle (N files)"
 * ```
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../src");
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => join(root, f));
const known = new Set(files);
const edges = new Map();
for (const file of files) {
  const text = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
  const out = [];
  for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)) {
    const base = resolve(dirname(file), m[1]).replace(/\.js$/, "");
    const target = [`${base}.ts`, `${base}.tsx`].find((t) => known.has(t));
    if (target) out.push(target);
  }
  edges.set(file, out);
}
const state = new Map(); // 1: on the path, 2: done
const cycles = [];
const path = [];
const visit = (f) => {
  state.set(f, 1);
  path.push(f);
  for (const g of edges.get(f) ?? []) {
    if (state.get(g) === 1) cycles.push([...path.slice(path.indexOf(g)), g]);
    else if (!state.has(g)) visit(g);
  }
  path.pop();
  state.set(f, 2);
};
for (const f of files) if (!state.has(f)) visit(f);
const rel = (f) => f.slice(root.length + 1);
if (cycles.length === 0) console.log(`no import cycle (${files.length} files)`);
else {
  for (const c of cycles) console.log(`cycle: ${c.map(rel).join(" -> ")}`);
  process.exit(1);
}
