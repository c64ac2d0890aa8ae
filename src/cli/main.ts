/** The `poe-permit` command line (docs/contract.md §6). */
import { Command } from "commander";
import { RULEBOOK_VERSION } from "../engine/index.js";
import { register as registerAssess } from "./commands/assess.js";
import { register as registerBatch } from "./commands/batch.js";
import { register as registerInterview } from "./commands/interview.js";
import { register as registerRescreen } from "./commands/rescreen.js";
import { register as registerRules } from "./commands/rules.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("poe-permit")
    .description(
      "Can I get my Canadian work permit at the border? Rules-as-code, with sources, in English and French.",
    )
    .version(`rulebook ${RULEBOOK_VERSION}`);
  registerAssess(program);
  registerRules(program);
  registerBatch(program);
  registerRescreen(program);
  registerInterview(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`poe-permit: internal error: ${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
}
