/**
 * The input options `batch` and `rescreen` both take, defined once so that their names, choices,
 * defaults and help stay the same in both commands.
 *
 * @example
 * ```ts
 * program.command("batch").addOption(encodingOption()).addOption(dateFormatOption());
 * ```
 */
import { Option } from "commander";
import { DATE_FORMATS } from "../../batch/dates.js";
import { ENCODINGS } from "../../batch/decode.js";

export const inputFormatOption = () =>
  new Option("--input-format <format>", "input format (default: from the file name)").choices([
    "csv",
    "jsonl",
  ]);

export const encodingOption = () =>
  new Option(
    "--encoding <encoding>",
    "text encoding of the input: utf8 (checked; a UTF-16 byte order mark is recognised), utf16le, latin1 or windows-1252 (read alike)",
  )
    .choices([...ENCODINGS])
    .default("utf8");

export const dateFormatOption = () =>
  new Option(
    "--date-format <form>",
    "how CSV date cells (arrival, medicalExamDate) are written besides ISO YYYY-MM-DD: dmy = day first (31/12/2025), mdy = month first (12/31/2025), with / . or -; iso (default) = YYYY-MM-DD only",
  )
    .choices([...DATE_FORMATS])
    .default("iso");
