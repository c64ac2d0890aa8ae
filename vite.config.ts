/**
 * Vite config for the web page only (src/web → dist/web). Vitest keeps its own vitest.config.ts:
 * a `root` here would make vitest look for tests under src/web (stack.md, vitest pitfalls).
 */
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { type Plugin, defineConfig } from "vite";

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

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "./",
  plugins: [preact(), csp],
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
