/**
 * Vite config for the web page only (src/web → dist/web). Vitest keeps its own vitest.config.ts:
 * a `root` here would make vitest look for tests under src/web (stack.md, vitest pitfalls).
 */
import { createHash } from "node:crypto";
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

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "./",
  plugins: [preact(), csp, serviceWorker],
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
