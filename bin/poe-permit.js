#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build`.
import("../dist/cli/main.js").catch((error) => {
  process.stderr.write(`poe-permit: could not start (${error?.message ?? error}). Did you run \`npm run build\`?\n`);
  process.exit(1);
});
