/**
 * `poe-permit batch`: screen a whole roster (CSV or JSON Lines) and write one row per input row,
 * in input order, with a closing summary on standard error.
 *
 * @example
 * ```ts
 * const program = new Command("poe-permit");
 * register(program);
 * await program.parseAsync(["batch", "roster.csv", "-o", "out.csv"], { from: "user" });
 * ```
 */

import { availableParallelism } from "node:os";
import { type Command, Option } from "commander";
import type { DateFormat } from "../../batch/dates.js";
import type { Encoding } from "../../batch/decode.js";
import { checkAsOf, engineAssess, openRoster, UsageError } from "../../batch/io.js";
import { formatFromName, type InputFormat } from "../../batch/read.js";
import { runBatch, summaryText } from "../../batch/run.js";
import type { OutputFormat } from "../../batch/screen.js";
import type { Lang } from "../../contract/assessment.js";
import { catalogue } from "../../i18n/catalogue.js";
import { forPeople } from "../safe-text.js";
import { runRosterCommand } from "./roster-command.js";
import { dateFormatOption, encodingOption, inputFormatOption } from "./roster-options.js";

interface BatchFlags {
  output?: string;
  format?: OutputFormat;
  inputFormat?: InputFormat;
  encoding: Encoding;
  lang: Lang;
  asOf?: string;
  workers: string;
  bom?: boolean;
  progress: boolean;
  delimiter?: string;
  dateFormat: DateFormat;
  dropExtra?: boolean;
}

/** `--delimiter` as typed: one character, or the words for tab and semicolon. */
export function parseDelimiter(value: string | undefined, lang: Lang = "en"): string | undefined {
  if (value === undefined) return undefined;
  const named: Record<string, string> = { tab: "\t", "\\t": "\t", semicolon: ";", comma: "," };
  const d = named[value.toLowerCase()] ?? value;
  if ([...d].length !== 1 || d === '"' || d === "\n" || d === "\r")
    throw new UsageError(catalogue(lang).cli.badDelimiter(value));
  return d;
}

const HELP_AFTER = `
Input
  CSV: a header row naming the columns; the columns read are contract field names (e.g.
  citizenships,permit,jobOffer) and "id". Other columns (name, notes…) are carried through to the
  output in place, with one warning (--drop-extra leaves them out). Delimiter "," ";" or tab,
  detected from the header (--delimiter to say). Lists are separated by ";" (FR;CA; quote them in
  a ";" file). Booleans: true/false, yes/no, 1/0. An empty cell means "not known yet"; "none" means
  a known empty list (or no medical exam). Blank rows are skipped and counted. UTF-8 is checked
  (a UTF-16 byte order mark is recognised); other files need --encoding. Dates are YYYY-MM-DD;
  --date-format dmy reads 31/12/2025 (also 31.12.2025, 31-12-2025), mdy reads 12/31/2025; a date
  cell that is ambiguous (03/04/2025 without --date-format, a two-digit year) or not a real date is
  an error for its row, naming the cell. Full mapping: docs/batch.md.
  JSON (.json, .jsonl, .ndjson): JSON Lines (one profile per line), a JSON array of profiles, or
  pretty-printed profiles (as assess reads and interview --save-answers saves); an "id" key is
  kept as the row's id.

Output (one row per input row, same order)
  CSV from CSV: the input's columns first, then line, status (ok|error), poe, route, blockers,
  documents, advisories, missing, rules, explanation, errors (and id when the input has none), so
  "rescreen" can read it. Cells a spreadsheet would run (= + - @ tab CR) start with "'".
  A row that cannot be assessed is an error row listing every problem; the run goes on. A summary
  (rows by outcome, errors, blank rows) goes to standard error. -o onto the input is refused; the
  -o file is written under a temporary name and renamed only when the run succeeds.

Exit status: 0 every row assessed; 2 bad input (no header row, a bad option, an unreadable file,
bytes that are not text, or some error rows); 1 an internal fault.

Examples
  $ poe-permit batch roster.csv -o screened.csv
  $ poe-permit batch export.csv --encoding windows-1252 --delimiter ";" --date-format dmy -o screened.csv
  $ poe-permit batch profiles.json --format csv -o screened.csv
  $ poe-permit batch roster.csv --as-of 2025-09-01 --lang fr --format jsonl > screened.jsonl
  $ cat roster.jsonl | poe-permit batch - --input-format jsonl
`;

function parseWorkers(value: string, lang: Lang): number | "auto" {
  if (value === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(catalogue(lang).cli.badWorkers(value));
  const cores = availableParallelism();
  if (n > cores) {
    // More threads than cores only adds switching; say so rather than silently obey.
    process.stderr.write(
      `poe-permit batch: --workers ${n}: this machine has ${cores} cores; using ${cores}\n`,
    );
    return cores;
  }
  return n;
}

/** Adds the `batch` command to the program. */
export function register(program: Command): void {
  program
    .command("batch")
    .summary("Screen a roster (CSV or JSON): one assessed row per input row, in order")
    .description(
      "Screen a roster of workers: each row is a profile (its fields are those of docs/contract.md §1); each output row says whether that worker may apply at the port of entry, by which route, what blocks them, what to bring and what is still unknown. Streams: memory stays flat whatever the size; large files use every core.",
    )
    .argument("<input>", 'roster file (.csv, .json, .jsonl or .ndjson), or "-" for standard input')
    .option("-o, --output <file>", "write the result to this file (default: standard output)")
    .addOption(
      new Option(
        "--format <format>",
        "output format (default: from --output's extension, else the input's)",
      ).choices(["csv", "jsonl"]),
    )
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(
      new Option("--lang <lang>", "language of the explanations").choices(["en", "fr"]).default("en"),
    )
    .option(
      "--as-of <date>",
      "assess every row as arriving on DATE (YYYY-MM-DD, Eastern Time, or an ISO 8601 date-time with offset); sets each row's arrival. Default: each row's own arrival, else now",
    )
    .option(
      "--workers <n>",
      'worker threads: a number (0 = none) or "auto" (every core for inputs over 1 MiB)',
      "auto",
    )
    .option(
      "--delimiter <char>",
      'CSV input delimiter: "," ";" or "tab" (default: detected from the header row); the output uses the same',
    )
    .addOption(dateFormatOption())
    .option(
      "--drop-extra",
      "leave the input columns that are not read (name, notes…) out of the output; by default they are carried through in place",
    )
    .option(
      "--bom",
      "start CSV output with a byte order mark (spreadsheet programs then show accents correctly)",
    )
    .option(
      "--no-progress",
      "never draw the progress bar (it is drawn only when standard error is a terminal)",
    )
    .addHelpText("after", HELP_AFTER)
    .action(async (input: string, flags: BatchFlags) => {
      process.exitCode = await runRosterCommand(
        "batch",
        { input, output: flags.output, lang: flags.lang },
        async (output) => {
          const workers = parseWorkers(flags.workers, flags.lang);
          const delimiter = parseDelimiter(flags.delimiter, flags.lang);
          const roster = await openRoster(input, flags.inputFormat, flags.encoding, flags.lang);
          const format: OutputFormat =
            flags.format ?? (flags.output ? formatFromName(flags.output) : undefined) ?? roster.format;
          const assess = await engineAssess();
          if (flags.asOf !== undefined) checkAsOf("--as-of", flags.asOf, assess, flags.lang);
          const summary = await runBatch({
            input: roster.stream,
            inputFormat: roster.format,
            inputSize: roster.size,
            output: output.open(),
            format,
            lang: flags.lang,
            asOf: flags.asOf,
            workers,
            assess,
            bom: flags.bom ?? false,
            delimiter,
            dropExtra: flags.dropExtra ?? false,
            dateFormat: flags.dateFormat,
            warn: (text) => process.stderr.write(forPeople(`poe-permit batch: ${text}\n`)),
            progress: flags.progress ? process.stderr : undefined,
          });
          await output.finish();
          process.stderr.write(summaryText(summary, flags.lang));
          return summary.errors > 0 ? 2 : 0;
        },
      );
    });
}
