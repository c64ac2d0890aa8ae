/**
 * A minimal `poe-permit` with only the roster commands, for the benchmark to run while the
 * project's CLI (src/cli/main.ts) does not register them yet. Same command code as the real CLI.
 */
import { Command } from "commander";
import { register as registerBatch } from "../src/cli/commands/batch.js";
import { register as registerRescreen } from "../src/cli/commands/rescreen.js";

const program = new Command("poe-permit");
registerBatch(program);
registerRescreen(program);
await program.parseAsync(process.argv);
