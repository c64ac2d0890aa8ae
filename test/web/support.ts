/**
 * What the browser tests share: a fresh production build of the page (into a temporary folder, so
 * tests never touch dist/), a minimal static file server on a free port, and Debian's Chromium
 * driven by playwright-core (never a downloaded browser).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const RESULTS_DIR = join(ROOT, "test-results", "web");

/** Fails loudly (never skips) when the browser is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the web page's browser tests need Debian's chromium package ` +
        "(run `apt-get install -y chromium`; .ci/run does it). They are not skipped on purpose.",
    );
  }
}

/** Builds src/web with the project's vite.config.ts into a temporary folder; returns that folder. */
export async function buildPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "poe-web-"));
  const { build } = await import("vite");
  // Build as `npm run build` does: under the test runner NODE_ENV is "test", which would keep the
  // libraries' development code in the bundle the budget test measures.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "silent",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = before;
  }
  return outDir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** A page on the test server that is not the app (for touching local storage behind its back). */
export const BLANK_PATH = "/__blank";

/** Serves `dir` on 127.0.0.1 and a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === BLANK_PATH) {
      // Same origin, no app, and an inline icon so the browser does not go and fetch /favicon.ico.
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>blank</title></head></html>',
      );
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * Launches the system Chromium (headless, no sandbox, no background traffic) through
 * playwright-core; the profile folder is removed on close. Service workers are blocked unless
 * asked for, so one test's cached page never serves another's (and request interception sees
 * every request); the offline test asks for them.
 */
export async function launch(
  options: { serviceWorkers?: "allow" | "block" } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), "chr-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? "block",
    viewport: { width: 1000, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Gzipped size of a built file, at the default level (what a server would send). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}
