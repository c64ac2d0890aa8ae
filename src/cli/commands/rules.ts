import type { Command } from "commander";
import { checkAsOf, engineAssess, UsageError } from "../../batch/io.js";
import type { Lang } from "../../contract/assessment.js";
import { rulebook, rulesInForce } from "../../engine/index.js";
import { renderRule } from "../render.js";
import { forPeople } from "../safe-text.js";
import { langOption } from "./assess.js";

export function register(program: Command): void {
  program
    .command("rules")
    .description("List every rule with its official sources, effective window and last-verified date")
    .option("--as-of <date>", "only the rules in force at this date (YYYY-MM-DD, Eastern Time) or instant")
    .addOption(langOption())
    .option("--json", "print the rules as JSON")
    .action(async (opts: { asOf?: string; lang: Lang; json?: boolean }) => {
      if (opts.asOf !== undefined) {
        try {
          // The same check as assess's: the form, then the rulebook's coverage.
          checkAsOf("--as-of", opts.asOf, await engineAssess(), opts.lang);
        } catch (e) {
          if (!(e instanceof UsageError)) throw e;
          process.stderr.write(forPeople(`poe-permit rules: ${e.message}\n`));
          process.exitCode = 2;
          return;
        }
      }
      const rules = opts.asOf ? rulesInForce(opts.asOf) : [...rulebook];
      if (opts.json) {
        const data = rules.map(({ id, topic, title, concludes, effective, sources, lastVerified }) => ({
          id,
          topic,
          title,
          concludes,
          effective,
          sources,
          lastVerified,
        }));
        process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      } else process.stdout.write(`${rules.map((r) => renderRule(r, opts.lang)).join("\n\n")}\n`);
    });
}
