/** The `poe-permit` command line (docs/contract.md §6). */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { RULEBOOK_VERSION } from "../engine/index.js";
import { register as registerAssess } from "./commands/assess.js";
import { register as registerBatch } from "./commands/batch.js";
import { register as registerInterview } from "./commands/interview.js";
import { register as registerKeys } from "./commands/keys.js";
import { register as registerRecords } from "./commands/records.js";
import { register as registerRescreen } from "./commands/rescreen.js";
import { register as registerRules } from "./commands/rules.js";
import { quietOnClosedPipe } from "./pipe.js";

/** Exit status of a usage error (unknown flag or command, bad option value, missing argument). */
export const USAGE = 2;

/** The program's own version (package.json), beside the rulebook's. */
function programVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function buildProgram(): Command {
  const program = new Command()
    .name("poe-permit")
    .description(
      "Can I get my Canadian work permit at the border? Rules-as-code, with sources, in English and French.",
    )
    // Commander's own errors end with status 2, not its default 1 (1 means a real fault).
    .exitOverride()
    .version(
      `poe-permit ${programVersion()}\nrulebook ${RULEBOOK_VERSION}`,
      "-V, --version",
      "print the program's and the rulebook's versions",
    );
  registerAssess(program);
  registerRules(program);
  registerBatch(program);
  registerRescreen(program);
  registerInterview(program);
  registerKeys(program);
  registerRecords(program);
  return program;
}

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version end with 0; every other commander error is a usage error, already printed.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE;
  } else {
    process.stderr.write(`poe-permit: internal error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
