/**
 * `poe-permit rescreen`: assess a roster at two arrival dates and report only the workers whose
 * answer (`poe` or `route`) changed, with the rules that made the difference.
 *
 * @example
 * ```ts
 * const program = new Command("poe-permit");
 * register(program);
 * await program.parseAsync(["rescreen", "roster.csv", "--from", "2024-06-01", "--to", "2025-01-15"], { from: "user" });
 * ```
 */

import { type Command, Option } from "commander";
import type { DateFormat } from "../../batch/dates.js";
import type { Encoding } from "../../batch/decode.js";
import { checkAsOf, engineAssess, openRoster } from "../../batch/io.js";
import type { InputFormat } from "../../batch/read.js";
import { type RescreenFormat, rescreenSummaryText, runRescreen } from "../../batch/rescreen.js";
import type { Lang } from "../../contract/assessment.js";
import { parseDelimiter } from "./batch.js";
import { runRosterCommand } from "./roster-command.js";
import { dateFormatOption, encodingOption, inputFormatOption } from "./roster-options.js";

interface RescreenFlags {
  from: string;
  to: string;
  output?: string;
  format: RescreenFormat;
  inputFormat?: InputFormat;
  encoding: Encoding;
  lang: Lang;
  delimiter?: string;
  dateFormat: DateFormat;
}

const HELP_AFTER = `
Each row is assessed twice, with its arrival set to --from and then to --to; every other field is
the row's own. Only the rows whose poe or route differ are listed, each with the rule ids and the
blocker/advisory codes that appeared (+) or went away (-). The closing summary groups the changes
by rule: "12 of your 200 workers changed between … and … because: …". A date without a time is
the whole day in Eastern Time: on the day of a change the answer may be "unknown" (the time of
arrival is needed), and that is reported as such.

The input is read like "poe-permit batch" (CSV, or JSON: JSON Lines, an array or pretty-printed
profiles; also the CSV output of batch), with the same --encoding, --delimiter and --date-format
(dmy: 31/12/2025, mdy: 12/31/2025; see docs/batch.md).

Exit status: 0 done (changed or not); 2 bad input (bad dates, bad header, or rows that could not be
assessed, listed in the summary); 1 an internal fault.

Examples
  $ poe-permit rescreen roster.csv --from 2024-06-01 --to 2025-01-15
  $ poe-permit rescreen roster.csv --from 2024-12-23T23:00-05:00 --to 2024-12-24 --format csv -o changed.csv
`;

/** Adds the `rescreen` command to the program. */
export function register(program: Command): void {
  program
    .command("rescreen")
    .summary("Re-screen a roster at two dates: whose answer changed, and which rule changed it")
    .description(
      "Re-screen a roster across a rule change: assess every row as arriving on --from and on --to, and report only the workers whose answer changed, with the rule(s) that made the difference.",
    )
    .argument("<input>", 'roster file (.csv, .json, .jsonl or .ndjson), or "-" for standard input')
    .requiredOption(
      "--from <date>",
      "first arrival date (YYYY-MM-DD, Eastern Time, or ISO 8601 date-time with offset)",
    )
    .requiredOption("--to <date>", "second arrival date (same forms)")
    .option("-o, --output <file>", "write the changed rows to this file (default: standard output)")
    .addOption(
      new Option("--format <format>", "report format: text for people, csv or jsonl for programs")
        .choices(["text", "csv", "jsonl"])
        .default("text"),
    )
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .option(
      "--delimiter <char>",
      'CSV input delimiter: "," ";" or "tab" (default: detected from the header row)',
    )
    .addOption(dateFormatOption())
    .addOption(new Option("--lang <lang>", "language of the report").choices(["en", "fr"]).default("en"))
    .addHelpText("after", HELP_AFTER)
    .action(async (input: string, flags: RescreenFlags) => {
      process.exitCode = await runRosterCommand(
        "rescreen",
        { input, output: flags.output, lang: flags.lang },
        async (output) => {
          const roster = await openRoster(input, flags.inputFormat, flags.encoding, flags.lang);
          const assess = await engineAssess();
          checkAsOf("--from", flags.from, assess, flags.lang);
          checkAsOf("--to", flags.to, assess, flags.lang);
          const summary = await runRescreen({
            input: roster.stream,
            inputFormat: roster.format,
            from: flags.from,
            to: flags.to,
            output: output.open(),
            format: flags.format,
            lang: flags.lang,
            assess,
            delimiter: parseDelimiter(flags.delimiter, flags.lang),
            dateFormat: flags.dateFormat,
          });
          const text = rescreenSummaryText(summary, flags.lang);
          await output.finish();
          // The summary is the report's conclusion for people; for programs it goes to stderr.
          if (flags.format === "text" && output.isStdout) process.stdout.write(`\n${text}`);
          else process.stderr.write(text);
          return summary.errors > 0 ? 2 : 0;
        },
      );
    });
}
