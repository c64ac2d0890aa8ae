import { type Command, Option } from "commander";
import type { AssessResult, InputError, Lang } from "../../contract/assessment.js";
import { assess } from "../../engine/index.js";
import { messages } from "../../i18n/index.js";
import { parseInput, readSource } from "../input.js";
import { renderAssessment, renderErrors } from "../render.js";

export interface AssessCommandOptions {
  lang: Lang;
  json?: boolean;
}

/** Extra output a higher layer may attach to each assessment (e.g. the interview's `whatWouldChange`). */
export type Enrich = (
  result: AssessResult & { ok: true },
  lang: Lang,
  input: unknown,
) => Record<string, unknown>;
const enrichers: Enrich[] = [];
export function addEnricher(fn: Enrich): void {
  enrichers.push(fn);
}
/** Extra text a higher layer may append to the readable output (rendered from the enriched assessment). */
export type TextSection = (out: Record<string, unknown>, lang: Lang) => string;
const textSections: TextSection[] = [];
export function addTextSection(fn: TextSection): void {
  textSections.push(fn);
}
const renderText = (out: Parameters<typeof renderAssessment>[0] & Record<string, unknown>, lang: Lang) =>
  renderAssessment(out, lang) + textSections.map((fn) => fn(out, lang)).join("");

function notJson(detail: string, lang: Lang): InputError[] {
  return [{ path: "", code: "not-json", message: messages(lang).errors["not-json"](detail) }];
}

/** Runs `assess` over the input; returns the exit status (0 assessed, 2 bad input). */
export async function runAssess(file: string | undefined, opts: AssessCommandOptions): Promise<number> {
  const lang = opts.lang;
  const input = parseInput(await readSource(file));
  const one = (value: unknown) => {
    const r = assess(value, { lang });
    return r.ok ? { ok: true as const, out: { ...r.assessment, ...extra(r, lang, value) } } : r;
  };
  if (input.mode === "invalid") {
    const errors = notJson(input.error, lang);
    if (opts.json) process.stdout.write(`${JSON.stringify({ errors })}\n`);
    process.stderr.write(renderErrors(errors, lang));
    return 2;
  }
  if (input.mode === "single") {
    const r = one(input.value);
    if (!r.ok) {
      if (opts.json) process.stdout.write(`${JSON.stringify({ errors: r.errors })}\n`);
      process.stderr.write(renderErrors(r.errors, lang));
      return 2;
    }
    process.stdout.write(opts.json ? `${JSON.stringify(r.out)}\n` : renderText(r.out, lang));
    return 0;
  }
  let status = 0;
  for (const row of input.lines) {
    const r =
      row.error !== undefined ? { ok: false as const, errors: notJson(row.error, lang) } : one(row.value);
    if (!r.ok) {
      status = 2;
      if (opts.json) process.stdout.write(`${JSON.stringify({ line: row.line, errors: r.errors })}\n`);
      else process.stdout.write(renderErrors(r.errors, lang, row.line));
      continue;
    }
    process.stdout.write(opts.json ? `${JSON.stringify(r.out)}\n` : `${renderText(r.out, lang)}\n`);
  }
  return status;
}

function extra(r: AssessResult & { ok: true }, lang: Lang, input: unknown): Record<string, unknown> {
  return Object.assign({}, ...enrichers.map((fn) => fn(r, lang, input)));
}

export const langOption = () =>
  new Option("--lang <lang>", "language of the explanations").choices(["en", "fr"]).default("en");

export function register(program: Command): void {
  program
    .command("assess")
    .description("Assess one traveller profile (JSON) or many (JSON Lines, one profile per line)")
    .argument("[file]", "a JSON or JSON Lines file; - or nothing reads standard input")
    .addOption(langOption())
    .option("--json", "print the assessment as contract JSON (one line per profile)")
    .addHelpText(
      "after",
      `
Examples:
  echo '{"citizenships":["FR"],"permit":"pgwp","arrival":"2026-03-01"}' | poe-permit assess
  poe-permit assess --json --lang fr profile.json
  poe-permit assess --json roster.jsonl > assessments.jsonl

Exit status: 0 assessed; 2 bad input (every problem is listed); 1 internal fault.`,
    )
    .action(async (file: string | undefined, opts: AssessCommandOptions) => {
      process.exitCode = await runAssess(file, opts);
    });
}
