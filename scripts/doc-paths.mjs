/**
 * Checks that every repository path named in the documentation and in code comments exists: each
 * `src/…`, `test/…`, `docs/…`, `bench/…`, `scripts/…` and `bin/…` in a Markdown file, or in a
 * comment of a TypeScript or JavaScript file; a file inside src/ named from there (`engine/mdd.ts`);
 * a file named alone in backticks (`log.test.ts`: some file of that name); and a Markdown link to a
 * local file. Also checks that every "contract §N" (code, comments, help texts, docs) names a
 * numbered section of docs/contract.md. Prints each path that does not exist, with the file
 * and line naming it, and exits 1 if there is one.
 *
 * A path is read from the repository's root. A `.js` path also matches the `.ts` or `.tsx` file it
 * is compiled from; a glob (`src/engine/*.ts`) needs the folder before its first `*`; web
 * addresses are skipped (they name other repositories' files).
 *
 * @example
 * ```sh
 * node scripts/doc-paths.mjs   # "all N paths named in M files exist"
 * ```
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const SKIP = new Set(["node_modules", ".git", "dist", "coverage", "reports", ".stryker-tmp"]);
const CODE = /\.(ts|tsx|mjs|cjs|js)$/;

/** Every Markdown and code file below `dir`, skipping dependencies and build output. */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.name.endsWith(".md") || CODE.test(entry.name)) out.push(full);
  }
  return out;
}

/** The parts of a file to read, with their offsets: all of a Markdown file, a code file's comments. */
function passages(file, text) {
  if (file.endsWith(".md")) return [{ at: 0, text }];
  const out = [];
  for (const m of text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:"'`\\/])\/\/[^\n]*/g)) {
    out.push({ at: m.index, text: m[0] });
  }
  return out;
}

const PATH = /(?<![\w./@~-])(?:src|test|docs|bench|scripts|bin)\/[\w./*-]*/g;
/** A file named from inside src/ (`engine/mdd.ts`, `server/log.ts`), as comments and ADRs often do. */
const SRC_DIRS = readdirSync(join(root, "src"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const SRC_PATH = new RegExp(
  `(?<![\\w./@~-])(?:${SRC_DIRS.join("|")})/[\\w./-]*\\.(?:ts|tsx|js|mjs|json|sql)\\b`,
  "g",
);
const URL = /\b[a-z][a-z+.-]*:\/\/[^\s)>\]"'`]+/gi;

/** Whether a named path exists (see the header for `.js` and globs). */
/** A file named alone in backticks (`pool.ts`, `log.test.ts`): some file of that name must exist. */
const BARE = /`([\w.-]+\.(?:ts|tsx|mjs|cjs|md))`/g;
const names = new Set();
function exists(path) {
  if (!path.includes("/")) return names.has(path);
  if (path.startsWith("./")) return existsSync(join(root, path));
  if (path.includes("*")) return existsSync(join(root, path.slice(0, path.indexOf("*"))));
  if (existsSync(join(root, path))) return true;
  const adr = path.match(/^docs\/adr\/(\d{4})$/);
  if (adr) return readdirSync(join(root, "docs/adr")).some((f) => f.startsWith(`${adr[1]}-`));
  const js = path.match(/^(.*)\.js$/);
  return js !== null && (existsSync(join(root, `${js[1]}.ts`)) || existsSync(join(root, `${js[1]}.tsx`)));
}

/** A Markdown link to a local file, `[text](../x.md#part)`, read from the linking file's folder. */
const LINK = /\]\(([^)\s#]+)(?:#[^)\s]*)?\)/g;

const files = walk(root);
for (const f of files) names.add(f.slice(f.lastIndexOf("/") + 1));
const stale = [];
let named = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  for (const { at, text: part } of passages(file, text)) {
    const blanked = part.replace(URL, (u) => " ".repeat(u.length));
    const found = [
      ...[...blanked.matchAll(PATH)].map((m) => ({ index: m.index, path: m[0] })),
      ...[...blanked.matchAll(SRC_PATH)].map((m) => ({ index: m.index, path: `src/${m[0]}` })),
      ...[...blanked.matchAll(BARE)].map((m) => ({ index: m.index, path: m[1] })),
    ];
    if (file.endsWith(".md"))
      for (const m of part.matchAll(LINK)) {
        if (/^[a-z][a-z+.-]*:/i.test(m[1])) continue;
        found.push({ index: m.index, path: `./${relative(root, resolve(dirname(file), m[1]))}` });
      }
    for (const m of found) {
      const path = m.path.replace(/[.,:;]+$/, "");
      named++;
      if (exists(path)) continue;
      const line = text.slice(0, at + m.index).split("\n").length;
      stale.push(`${relative(root, file)}:${line}: ${path}`);
    }
  }
}

// "contract §N" (and "docs/contract.md §2, §4") anywhere in these files, help texts included: the
// section must be one of docs/contract.md's numbered headings.
const contract = readFileSync(join(root, "docs/contract.md"), "utf8");
const sections = new Set([...contract.matchAll(/^## (\d+)\./gm)].map((m) => m[1]));
const CITE = /contract(?:\.md)?(?: 1\.1)? (§\d+(?:(?:, | and |[-–])§?\d+)*)/g;
let cited = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(CITE)) {
    for (const [n] of m[1].matchAll(/\d+/g)) {
      cited++;
      if (sections.has(n)) continue;
      const line = text.slice(0, m.index).split("\n").length;
      stale.push(`${relative(root, file)}:${line}: contract §${n} (docs/contract.md has no such section)`);
    }
  }
}

if (stale.length === 0)
  console.log(
    `all ${named} paths named in ${files.length} files exist; all ${cited} contract § references too`,
  );
else {
  for (const s of stale) console.log(`missing: ${s}`);
  process.exit(1);
}
