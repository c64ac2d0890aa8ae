/**
 * `poe-permit interview`: the guided interview in the terminal. One question at a time (only those
 * that can still change the answer), a visible "why we ask", back/undo, "I don't know", Ctrl-C to
 * leave, and at the end the full assessment with what would change a "no", and an offer to save the
 * answers (profile JSON) and a Markdown checklist.
 *
 * Three ways to run it, one interview loop (src/interview/run.ts):
 * - a terminal: @clack/prompts;
 * - not a terminal (piped input): one answer per line (`?` = I don't know, `<` = back), because clack
 *   cannot run without a TTY (it exits 13);
 * - `--answers FILE`: answers from a saved profile, no prompts; with `--transcript`, one JSON line per
 *   question asked (`{"ask":"<field>"}`) then the final assessment line.
 *
 * Registering this command also attaches `whatWouldChange` to `poe-permit assess` (text and JSON).
 */
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import * as clack from "@clack/prompts";
import type { Command } from "commander";
import type { Assessment, AssessResult, Lang } from "../../contract/assessment.js";
import type { Profile } from "../../contract/profile.js";
import { realEngine } from "../../engine/engine.js";
import { assess } from "../../engine/index.js";
import { answerAsText, formatAnswer, parseAnswer } from "../../interview/answer-input.js";
import { searchCountries } from "../../interview/countries.js";
import { type Messages, messages } from "../../interview/messages.js";
import type { Question } from "../../interview/questions.js";
import {
  type InterviewResult,
  renderChangesText,
  renderMarkdown,
  renderText,
} from "../../interview/report.js";
import {
  type AskContext,
  type Asker,
  type AskStep,
  type Outcome,
  profileAsker,
  type Reply,
  runInterview,
} from "../../interview/run.js";
import { startState } from "../../interview/state.js";
import { type ChangeOption, whatWouldChange } from "../../interview/what-would-change.js";
import type { WhyRule } from "../../interview/why.js";
import { easternToday } from "../../rulebook/time.js";
import { readSource } from "../input.js";
import { renderErrors } from "../render.js";
import { addEnricher, addTextSection, langOption } from "./assess.js";

interface InterviewOptions {
  lang: Lang;
  answers?: string;
  transcript?: boolean;
  arrival?: string;
  saveAnswers?: string;
  saveChecklist?: string;
}

const BACK = "__back__";
const UNKNOWN = "__unknown__";
const SKIP = "__skip__";

/** "Why we ask" as one line per rule: the rule in plain words, then its source. */
export function whyLines(why: readonly WhyRule[], m: Messages): string[] {
  if (why.length === 0) return [`${m.whyWeAsk}${m.colon}${m.whyNoRule}`];
  return why.map(
    (w, i) =>
      `${i === 0 ? `${m.whyWeAsk}${m.colon}` : " ".repeat(m.whyWeAsk.length + m.colon.length)}${m.decides} ${m.openQuote}${w.title}${m.closeQuote} — ${w.provision}, ${w.url}`,
  );
}

/** The engine's objection to an arrival date (format, or outside the rulebook's coverage), if any. */
function arrivalProblem(arrival: string, lang: Lang): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(arrival)) return messages(lang).invalidDate;
  const r = assess({ arrival }, { lang });
  return r.ok ? undefined : r.errors.map((e) => e.message).join(" ");
}

function today(): string {
  return easternToday();
}

/** The interview's end, with what would change a "no". */
function resultOf(outcome: Extract<Outcome, { kind: "done" }>, lang: Lang): InterviewResult {
  const answers = outcome.state.answers as Profile;
  return {
    assessment: outcome.step.assessment,
    answers,
    uncertain: outcome.step.uncertain,
    unrefined: outcome.step.unrefined,
    whatWouldChange: whatWouldChange(answers, { lang, engine: realEngine }),
  };
}

/** The assessment JSON with `whatWouldChange` (an extra field the contract allows) when `poe` is `no`. */
function withChanges(a: Assessment, changes: readonly ChangeOption[]): Record<string, unknown> {
  return a.poe === "no" ? { ...a, whatWouldChange: changes } : { ...a };
}

async function save(result: InterviewResult, lang: Lang, files: { answers?: string; checklist?: string }) {
  const written: string[] = [];
  if (files.answers) {
    await writeFile(files.answers, `${JSON.stringify(result.answers, null, 2)}\n`);
    written.push(files.answers);
  }
  if (files.checklist) {
    await writeFile(files.checklist, renderMarkdown(result, lang));
    written.push(files.checklist);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// Terminal (clack)

function specials(m: Messages, step: AskStep, ctx: AskContext) {
  const out: { value: string; label: string }[] = [{ value: UNKNOWN, label: m.dontKnow }];
  if (step.optional) out.push({ value: SKIP, label: m.skipOptional });
  if (ctx.canGoBack) out.push({ value: BACK, label: m.back });
  return out;
}

function special(value: unknown): Reply | undefined {
  if (value === UNKNOWN) return { kind: "dont-know" };
  if (value === BACK) return { kind: "back" };
  if (value === SKIP) return { kind: "skip-optional" };
  return undefined;
}

function textToken(raw: string): Reply | undefined {
  const t = raw.trim();
  if (t === "?") return { kind: "dont-know" };
  if (t === "<") return { kind: "back" };
  if (t === ">>") return { kind: "skip-optional" };
  return undefined;
}

function clackAsker(lang: Lang): Asker {
  const m = messages(lang);
  return {
    async ask(step, ctx) {
      const q: Question = step.question;
      const title = `${q.prompt[lang]}${step.optional ? ` (${m.optional})` : ""}`;
      clack.log.message([q.help[lang], ...whyLines(step.why, m)].join("\n"), { symbol: "ℹ" });
      const prev = ctx.previous && "value" in ctx.previous ? ctx.previous.value : undefined;
      const prevUnknown = ctx.previous !== undefined && "unknown" in ctx.previous;
      const extra = specials(m, step, ctx);
      for (;;) {
        let raw: unknown;
        switch (q.kind) {
          case "yes-no":
            raw = await clack.select<unknown>({
              message: title,
              options: [{ value: true, label: m.yes }, { value: false, label: m.no }, ...extra],
              initialValue: prevUnknown ? UNKNOWN : prev,
            });
            break;
          case "one-of":
            raw = await clack.select<unknown>({
              message: title,
              options: [...q.choices.map((c) => ({ value: c.value, label: c.label[lang] })), ...extra],
              initialValue: prevUnknown ? UNKNOWN : prev,
              maxItems: 12,
            });
            break;
          case "several-of":
            raw = await clack.multiselect<unknown>({
              message: `${title} — ${q.noneLabel[lang]}: ↵`,
              options: [...q.choices.map((c) => ({ value: c.value, label: c.label[lang] })), ...extra],
              initialValues: Array.isArray(prev) ? prev : [],
              required: false,
              maxItems: 12,
            });
            break;
          case "country":
          case "countries": {
            const many = q.kind === "countries";
            // "I don't know" and "Back" come last, so typing a name focuses a country first.
            const options = () => [
              ...searchCountries("", lang).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
              ...extra,
            ];
            const filter = (search: string, option: { value: unknown; label?: string }) =>
              typeof option.value === "string" && option.value.startsWith("__")
                ? true
                : searchCountries(search, lang).some((c) => c.code === option.value);
            raw = many
              ? await clack.autocompleteMultiselect<unknown>({
                  message: `${title} (${m.searchHint})`,
                  options: options(),
                  filter,
                  initialValues: Array.isArray(prev) ? prev : [],
                  required: !(q.kind === "countries" && q.noneAllowed),
                  maxItems: 8,
                })
              : await clack.autocomplete<unknown>({
                  message: `${title} (${m.searchHint})`,
                  options: options(),
                  filter,
                  ...(prev !== undefined ? { initialValue: prev } : {}),
                  maxItems: 8,
                });
            break;
          }
          default: {
            const arrivalTime = q.field === "arrival" && (ctx.answers.arrival?.length ?? 0) === 10;
            raw = await clack.text({
              message: title,
              placeholder: `${q.kind === "text" ? q.example : q.kind === "date" ? (q.noneLabel ? `YYYY-MM-DD | none` : "YYYY-MM-DD") : ""} — ${m.typeHint}`,
              initialValue: arrivalTime ? `${ctx.answers.arrival} ` : prevUnknown ? "?" : answerAsText(prev),
              validate: (v) => {
                if (textToken(v ?? "")) return undefined;
                const r = parseAnswer(q, v ?? "", lang);
                return r.ok ? undefined : r.error;
              },
            });
            if (typeof raw === "string") {
              const token = textToken(raw);
              if (token) return token;
              const r = parseAnswer(q, raw, lang);
              if (r.ok) return { kind: "answer", value: r.value };
            }
          }
        }
        if (clack.isCancel(raw)) return { kind: "cancel" };
        const s = special(raw);
        if (s) return s;
        if (Array.isArray(raw)) {
          const specialsChosen = raw.filter((v) => special(v));
          if (specialsChosen.length === 1 && raw.length === 1) return special(specialsChosen[0])!;
          if (specialsChosen.length > 0) {
            clack.log.warn(`${m.invalidChoice} (${m.dontKnow} / ${m.back})`);
            continue;
          }
          if (q.kind === "countries" && !q.noneAllowed && raw.length === 0) {
            clack.log.warn(m.invalidCountry);
            continue;
          }
        }
        return { kind: "answer", value: raw };
      }
    },
  };
}

async function runTerminal(opts: InterviewOptions): Promise<number> {
  const lang = opts.lang;
  const m = messages(lang);
  clack.intro(m.title);
  clack.log.info(m.intro);
  let arrival = opts.arrival;
  if (arrival === undefined) {
    const raw = await clack.text({
      message: m.arrivalSetup,
      placeholder: today(),
      defaultValue: today(),
      validate: (v) => (!v ? undefined : arrivalProblem(v, lang)),
    });
    if (clack.isCancel(raw)) {
      clack.cancel(m.cancelled);
      return 130;
    }
    arrival = raw || today();
  }
  const outcome = await runInterview(startState({ arrival }), clackAsker(lang), { lang, engine: realEngine });
  if (outcome.kind === "cancelled") {
    clack.cancel(m.cancelled);
    return 130;
  }
  const result = resultOf(outcome, lang);
  clack.note(renderText(result, lang), m.resultTitle);
  if (opts.transcript) {
    for (const f of outcome.asked) process.stdout.write(`${JSON.stringify({ ask: f })}\n`);
    process.stdout.write(`${JSON.stringify(withChanges(result.assessment, result.whatWouldChange))}\n`);
  }
  let files = { answers: opts.saveAnswers, checklist: opts.saveChecklist };
  if (!files.answers && !files.checklist) {
    const wants = await clack.confirm({ message: m.saveAsk, initialValue: false });
    if (clack.isCancel(wants)) {
      clack.cancel(m.cancelled);
      return 130;
    }
    if (wants) {
      const a = await clack.text({ message: m.saveProfile, initialValue: "poe-permit-answers.json" });
      if (clack.isCancel(a)) return 130;
      const c = await clack.text({ message: m.saveChecklist, initialValue: "poe-permit-checklist.md" });
      if (clack.isCancel(c)) return 130;
      files = { answers: a, checklist: c };
    }
  }
  const written = await save(result, lang, files);
  clack.outro(
    written.length
      ? `${m.saved}${m.colon}${written.join(", ")}`
      : `${outcome.asked.length} ${m.questionsAsked}`,
  );
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Not a terminal: one answer per line

function lineAsker(lang: Lang, out: NodeJS.WritableStream): Asker {
  const m = messages(lang);
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  return {
    async ask(step, ctx) {
      const q = step.question;
      const say = (s: string) => out.write(`${s}\n`);
      say("");
      say(`${q.prompt[lang]}${step.optional ? ` (${m.optional})` : ""}`);
      say(`  ${q.help[lang]}`);
      for (const l of whyLines(step.why, m)) say(`  ${l}`);
      if (q.kind === "one-of" || q.kind === "several-of")
        for (const [i, c] of q.choices.entries()) say(`  ${i + 1}. ${c.label[lang]}`);
      if (q.kind === "yes-no") say(`  ${m.yes} / ${m.no}`);
      if (ctx.previous && "value" in ctx.previous) say(`  (${formatAnswer(q, ctx.previous.value, lang)})`);
      say(`  [${m.typeHint}]`);
      for (;;) {
        if (ended) return { kind: "dont-know" };
        const next = await lines.next();
        if (next.done) {
          ended = true;
          rl.close();
          say(m.endOfInput);
          return { kind: "dont-know" };
        }
        const token = textToken(next.value);
        if (token) return token;
        const r = parseAnswer(q, next.value, lang);
        if (r.ok) return { kind: "answer", value: r.value };
        say(`  ! ${r.error}`);
      }
    },
  };
}

async function runLines(opts: InterviewOptions): Promise<number> {
  const lang = opts.lang;
  const m = messages(lang);
  // With --transcript, standard output carries only JSON lines; the questions go to standard error.
  const out = opts.transcript ? process.stderr : process.stdout;
  out.write(`${m.title}\n${m.notTty}\n`);
  const outcome = await runInterview(startState({ arrival: opts.arrival ?? today() }), lineAsker(lang, out), {
    lang,
    engine: realEngine,
    onAsk: (step) => {
      if (opts.transcript) process.stdout.write(`${JSON.stringify({ ask: step.field })}\n`);
    },
  });
  if (outcome.kind !== "done") return 130;
  return finish(outcome, opts);
}

// ---------------------------------------------------------------------------------------------
// --answers FILE

async function runFromAnswers(opts: InterviewOptions & { answers: string }): Promise<number> {
  const lang = opts.lang;
  let input: unknown;
  try {
    input = JSON.parse((await readSource(opts.answers)).replace(/^\uFEFF/, ""));
  } catch (error) {
    process.stderr.write(
      renderErrors([{ path: "", code: "not-json", message: (error as Error).message }], lang),
    );
    return 2;
  }
  const checked = assess(input, { lang });
  if (!checked.ok) {
    process.stderr.write(renderErrors(checked.errors, lang));
    return 2;
  }
  const profile = input as Profile;
  const given: Profile = {};
  const arrival = opts.arrival ?? profile.arrival;
  if (arrival !== undefined) given.arrival = arrival;
  const outcome = await runInterview(startState(given), profileAsker(profile), {
    lang,
    engine: realEngine,
    onAsk: (step) => {
      if (opts.transcript) process.stdout.write(`${JSON.stringify({ ask: step.field })}\n`);
    },
  });
  if (outcome.kind !== "done") return 1;
  return finish(outcome, opts);
}

async function finish(outcome: Extract<Outcome, { kind: "done" }>, opts: InterviewOptions): Promise<number> {
  const lang = opts.lang;
  const result = resultOf(outcome, lang);
  if (opts.transcript)
    process.stdout.write(`${JSON.stringify(withChanges(result.assessment, result.whatWouldChange))}\n`);
  else process.stdout.write(`\n${messages(lang).resultTitle}\n\n${renderText(result, lang)}\n`);
  const written = await save(result, lang, { answers: opts.saveAnswers, checklist: opts.saveChecklist });
  if (written.length)
    (opts.transcript ? process.stderr : process.stdout).write(
      `${messages(lang).saved}${messages(lang).colon}${written.join(", ")}\n`,
    );
  return 0;
}

// ---------------------------------------------------------------------------------------------

/** `whatWouldChange` for `poe-permit assess`: JSON (extra field, when `poe` is `no`) and text. */
function attachToAssess(): void {
  addEnricher((r: AssessResult & { ok: true }, lang: Lang, input: unknown) =>
    r.assessment.poe === "no"
      ? {
          whatWouldChange: whatWouldChange(input as Profile, {
            lang,
            engine: realEngine,
            base: r.assessment,
          }),
        }
      : {},
  );
  addTextSection((out: Record<string, unknown>, lang: Lang) => {
    const changes = out.whatWouldChange as ChangeOption[] | undefined;
    return changes ? `\n${renderChangesText(changes, lang)}\n` : "";
  });
}

export function register(program: Command): void {
  attachToAssess();
  program
    .command("interview")
    .description("Guided interview: one question at a time, only those that can still change the answer")
    .addOption(langOption())
    .option(
      "--answers <file>",
      "answer from a saved profile (JSON) instead of asking; - reads standard input",
    )
    .option(
      "--transcript",
      'print {"ask":"<field>"} per question asked, then the final assessment (JSON lines)',
    )
    .option("--arrival <date>", "arrival date, YYYY-MM-DD (default: asked; today when not a terminal)")
    .option("--save-answers <file>", "save the answers (profile JSON) to this file at the end")
    .option("--save-checklist <file>", "save the result (Markdown checklist) to this file at the end")
    .addHelpText(
      "after",
      `
In a terminal: arrow keys and Enter; every question offers "I don't know" and "← Back";
type to search countries; Ctrl-C leaves (nothing is saved). Not in a terminal: one answer per
line (? = I don't know, < = back).

Examples:
  poe-permit interview --lang fr
  poe-permit interview --answers profile.json --transcript
  poe-permit interview --answers profile.json --save-checklist checklist.md

Exit status: 0 done; 2 bad --answers file; 130 stopped with Ctrl-C.`,
    )
    .action(async (opts: InterviewOptions) => {
      const problem = opts.arrival === undefined ? undefined : arrivalProblem(opts.arrival, opts.lang);
      if (problem) {
        process.stderr.write(`--arrival ${opts.arrival}: ${problem}\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.answers !== undefined)
        process.exitCode = await runFromAnswers({ ...opts, answers: opts.answers });
      else if (process.stdin.isTTY && process.stdout.isTTY) process.exitCode = await runTerminal(opts);
      else process.exitCode = await runLines(opts);
    });
}
