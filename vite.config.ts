/**
 * Vite config for the web page only (src/web → dist/web). Vitest keeps its own vitest.config.ts:
 * a `root` here would make vitest look for tests under src/web.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { type Plugin, defineConfig } from "vite";
import { serviceWorkerSource } from "./src/web/sw-template.js";

/**
 * The built page may load only its own files and may not connect anywhere else: a second line of
 * defence for "your answers never leave the device". Build only: the dev server injects inline
 * styles for hot reload.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const csp: Plugin = {
  name: "poe-permit-csp",
  apply: "build",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head" },
  ],
};

/**
 * Writes `sw.js` (src/web/sw-template.ts) with the build's entry files to precache: the page, its
 * entry scripts and styles, and what they import statically (not the PDF code, loaded on demand).
 */
const serviceWorker: Plugin = {
  name: "poe-permit-service-worker",
  apply: "build",
  generateBundle(_options, bundle) {
    const files = new Set<string>();
    const add = (name: string) => {
      const item = bundle[name];
      if (!item || files.has(name)) return;
      files.add(name);
      if (item.type === "chunk") {
        for (const i of item.imports) add(i);
        for (const css of item.viteMetadata?.importedCss ?? []) files.add(css);
      }
    };
    for (const [name, item] of Object.entries(bundle)) if (item.type === "chunk" && item.isEntry) add(name);
    const precache = ["./", ...[...files].sort().map((f) => `./${f}`)];
    const version = createHash("sha256").update(precache.join("\n")).digest("hex").slice(0, 12);
    this.emitFile({ type: "asset", fileName: "sw.js", source: serviceWorkerSource(precache, version) });
  },
};

/**
 * The rulebook's reference data (src/rulebook/data/*.json) carries, per entry, notes for the people
 * who review it (names as printed in the regulations, remarks) next to what the engine reads. In the
 * browser build an entry keeps only the keys the data's loader reads; the page's journeys are checked
 * against the engine on the full data (test/web).
 */
const leanReferenceData: Plugin = {
  name: "poe-permit-lean-reference-data",
  apply: "build",
  enforce: "pre",
  transform(code, id) {
    if (!/[\\/]src[\\/]rulebook[\\/]data[\\/][^\\/]+\.json$/.test(id)) return null;
    const used = usedKeys();
    const lean = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(lean);
      if (x && typeof x === "object") {
        return Object.fromEntries(Object.entries(x).filter(([k]) => used.has(k)).map(([k, v]) => [k, lean(v)]));
      }
      return x;
    };
    const data = JSON.parse(code) as Record<string, unknown>;
    // Top-level keys stay (the files' shape); inside them, entries keep what the code reads.
    const out = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? lean(v) : v]));
    return { code: JSON.stringify(out), map: null };
  },
};

/**
 * zod's JSON Schema converter (`zod/v4/core/to-json-schema.js`, ~8 KB minified) reaches the page
 * only through the `core` namespace that `zod/mini` re-exports, and the bundler keeps it although
 * nothing on the page calls it (the API publishes the profile's JSON Schema, never the page). In
 * the browser build it is a stub whose functions throw if ever called.
 */
const noJsonSchemaInPage: Plugin = {
  name: "poe-permit-no-json-schema-in-page",
  apply: "build",
  enforce: "pre",
  resolveId(source, importer) {
    if (source === "./to-json-schema.js" && importer && /[\\/]zod[\\/]v4[\\/]core[\\/]/.test(importer))
      return "\0poe-no-json-schema";
    return null;
  },
  load(id) {
    if (id !== "\0poe-no-json-schema") return null;
    const names = ["initializeContext", "handleUnrepresentable", "processSchema", "extractDefs", "finalize"];
    const stub = "() => { throw new Error('JSON Schema conversion is not part of the web page'); }";
    return [
      ...names.map((n) => `export const ${n} = ${stub};`),
      "export { processSchema as process };",
      `export const createToJSONSchemaMethod = () => ${stub};`,
      `export const createStandardJSONSchemaMethod = () => ${stub};`,
    ].join("\n");
  },
};

let usedKeyCache: Set<string> | undefined;
/** The entry keys the data's loader reads (`e.key` / `r.key` in src/rulebook/reference-data.ts). */
function usedKeys(): Set<string> {
  if (usedKeyCache) return usedKeyCache;
  const text = readFileSync(fileURLToPath(new URL("./src/rulebook/reference-data.ts", import.meta.url)), "utf8");
  usedKeyCache = new Set([...text.matchAll(/\b[a-z]\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  return usedKeyCache;
}

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "./",
  plugins: [leanReferenceData, noJsonSchemaInPage, preact(), csp, serviceWorker],
  resolve: {
    // The page needs only the names and alpha-2 codes of the two locales (src/web/iso-countries.ts).
    alias: [
      {
        find: /^i18n-iso-countries$/,
        replacement: fileURLToPath(new URL("./src/web/iso-countries.ts", import.meta.url)),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    // The PDF library is a lazy chunk well above vite's default warning size; the budget that matters
    // (main-bundle JS < 80 KB gzipped) is enforced by test/web/e2e.test.ts.
    chunkSizeWarningLimit: 800,
  },
});
