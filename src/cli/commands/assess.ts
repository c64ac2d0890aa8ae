import { type Command, Option } from "commander";
import { unreadable } from "../../batch/io.js";
import { plainErrors } from "../../batch/plain-errors.js";
import type { Assessment, AssessResult, InputError, Lang } from "../../contract/assessment.js";
import type { Profile } from "../../contract/profile.js";
import { realEngine } from "../../engine/engine.js";
import { assess } from "../../engine/index.js";
import { catalogue } from "../../i18n/catalogue.js";
import { messages } from "../../i18n/index.js";
import { type LiftingAction, liftingActions } from "../../interview/lifting-actions.js";
import { messages as interviewMessages } from "../../interview/messages.js";
import { renderChangesText } from "../../interview/report.js";
import { type ChangeOption, whatWouldChange } from "../../interview/what-would-change.js";
import { parseInput, readSource } from "../input.js";
import { routeDeciders } from "../open-answer.js";
import { colon, renderAssessment, renderErrors } from "../render.js";
import { forPeople } from "../safe-text.js";

export interface AssessCommandOptions {
  lang: Lang;
  json?: boolean;
}

/**
 * The readable output, with what would change a "no" when the assessment carries it. While part of
 * the answer is open, the engine is asked what each open fact would decide of the route, and "what
 * would change it" (an empty `whatWouldChange`, which only counts changes that settle a better
 * answer) gives instead the actions that lift a blocker on what is known, or the facts to answer
 * first; never "nothing" while facts are open.
 */
function renderText(out: Assessment & Record<string, unknown>, lang: Lang, input: unknown): string {
  const profile = input as Profile;
  const deciders =
    out.poe !== "unknown" && out.route === "unknown" ? routeDeciders(profile, out, realEngine) : undefined;
  const changes = out.whatWouldChange as ChangeOption[] | undefined;
  const open = changes !== undefined && changes.length === 0 && out.missing.length > 0;
  const more = changes && !open ? `\n${renderChangesText(changes, lang)}\n` : "";
  return forPeople(
    renderAssessment(out, lang, deciders ? { deciders } : {}) +
      more +
      (open ? openChangesText(liftingActions(profile, out, realEngine, lang), out, lang) : ""),
  );
}

/** "What would change it" on a partial profile: what lifts a blocker now, and what must be known too. */
function openChangesText(actions: readonly LiftingAction[], a: Assessment, lang: Lang): string {
  const m = { ...messages(lang), ui: catalogue(lang).ui };
  const heading = `${interviewMessages(lang).whatWouldChange}${colon(lang)}`;
  const facts = a.missing.map((f) => `    ? ${m.fields[f]} (${f})`);
  if (actions.length === 0) return `\n${[heading, `  ${m.ui.answerFirst}`, ...facts].join("\n")}\n`;
  const lines = actions.flatMap((x) => [
    `  - ${x.action}`,
    ...[...new Set(x.lifted.map((b) => b.because))].map(
      (because) => `      ${m.ui.lifts}${colon(lang)} ${because}`,
    ),
  ]);
  return `\n${[heading, ...lines, `  ${m.ui.alsoDependsOn}`, ...facts].join("\n")}\n`;
}

/** What to say when `assess` is run on a terminal with nothing piped in. */

function notJson(detail: string, lang: Lang): InputError[] {
  return [{ path: "", code: "not-json", message: messages(lang).errors["not-json"](detail) }];
}

/** Runs `assess` over the input; returns the exit status (0 assessed, 2 bad input). */
export async function runAssess(file: string | undefined, opts: AssessCommandOptions): Promise<number> {
  const lang = opts.lang;
  if ((file === undefined || file === "-") && process.stdin.isTTY) {
    process.stderr.write(`${catalogue(lang).cli.howToGiveInput}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readSource(file);
  } catch (e) {
    process.stderr.write(
      forPeople(`poe-permit assess: ${unreadable(file ?? "-", e as NodeJS.ErrnoException, lang)}\n`),
    );
    return 2;
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    process.stderr.write(
      "poe-permit assess: no input: give a profile as JSON (see poe-permit assess --help)\n",
    );
    return 2;
  }
  const input = parseInput(text);
  const one = (value: unknown) => {
    const r = assess(value, { lang });
    return r.ok
      ? { ok: true as const, out: { ...r.assessment, ...extra(r, lang, value) } }
      : { ok: false as const, errors: plainErrors(r.errors, value, lang) };
  };
  if (input.mode === "invalid") {
    const errors = notJson(input.error, lang);
    if (opts.json) process.stdout.write(`${JSON.stringify({ errors })}\n`);
    process.stderr.write(forPeople(renderErrors(errors, lang)));
    return 2;
  }
  if (input.mode === "single") {
    const r = one(input.value);
    if (!r.ok) {
      if (opts.json) process.stdout.write(`${JSON.stringify({ errors: r.errors })}\n`);
      process.stderr.write(forPeople(renderErrors(r.errors, lang)));
      return 2;
    }
    process.stdout.write(opts.json ? `${JSON.stringify(r.out)}\n` : renderText(r.out, lang, input.value));
    return 0;
  }
  let status = 0;
  for (const row of input.lines) {
    const r =
      row.error !== undefined ? { ok: false as const, errors: notJson(row.error, lang) } : one(row.value);
    if (!r.ok) {
      status = 2;
      if (opts.json) process.stdout.write(`${JSON.stringify({ line: row.line, errors: r.errors })}\n`);
      // For people, a line's problems go to standard error, like a single profile's.
      process.stderr.write(forPeople(renderErrors(r.errors, lang, row.line)));
      continue;
    }
    if (opts.json) process.stdout.write(`${JSON.stringify(r.out)}\n`);
    else process.stdout.write(`${lineHeading(row.line, lang)}\n${renderText(r.out, lang, row.value)}\n`);
  }
  return status;
}

/** The heading of one JSON Lines result in text mode. */
function lineHeading(line: number, lang: Lang): string {
  return `── ${catalogue(lang).ui.line} ${line} ──`;
}

/** What would change a "no" (an extra field the contract allows), asked of the interview. */
function extra(r: AssessResult & { ok: true }, lang: Lang, input: unknown): Record<string, unknown> {
  if (r.assessment.poe !== "no") return {};
  return {
    whatWouldChange: whatWouldChange(input as Profile, { lang, engine: realEngine, base: r.assessment }),
  };
}

export const langOption = (what = "language of the explanations") =>
  new Option("--lang <lang>", what).choices(["en", "fr"]).default("en");

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
