/**
 * Vite config for the web page only (src/web → dist/web). Vitest keeps its own vitest.config.ts:
 * a `root` here would make vitest look for tests under src/web (stack.md, vitest pitfalls).
 */
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "./",
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    // The PDF library is a lazy chunk well above vite's default warning size; the budget that matters
    // (main-bundle JS < 150 KB gzipped) is enforced by test/web/e2e.test.ts.
    chunkSizeWarningLimit: 800,
  },
});
