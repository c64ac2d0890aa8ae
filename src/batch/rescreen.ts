/**
 * Re-screening a roster across a rule change: every row is assessed at two arrival dates, and only
 * the rows whose `poe` or `route` changed are reported, each with the rule(s) that made the
 * difference. The summary groups the changes by cause: "12 of your 200 workers changed because …".
 *
 * @example
 * ```ts
 * const summary = await runRescreen({
 *   input: createReadStream("roster.csv"), inputFormat: "csv", from: "2024-06-01", to: "2025-01-15",
 *   output: process.stdout, format: "text", lang: "en",
 * });
 * process.stdout.write(rescreenSummaryText(summary, "en"));
 * ```
 */

import type { Readable, Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { Assessment, InputError, Lang } from "../contract/assessment.js";
import { listChanges } from "../engine/compare.js";
import type { Engine } from "../engine/port.js";
import { catalogue } from "../i18n/catalogue.js";
import { neutralise } from "./csv-safe.js";
import type { DateFormat } from "./dates.js";
import { type InputFormat, openCsv, readJsonl } from "./read.js";
import type { RawRow, ScreenSettings } from "./screen.js";
import { OUTPUT_COLUMNS, screenRow } from "./screen.js";

/** What made a row's answer differ: a blocker or advisory that appeared or went away. */
export interface Cause {
  /** The rule id (e.g. `R-POE-07`); empty when the difference is not a rule's (e.g. a missing fact). */
  rule: string;
  /** The blocker or advisory code, or `missing:<field>`. */
  code: string;
  kind: "blocker" | "advisory" | "missing";
  /** `added`: applies at `to` but not at `from`; `removed`: the reverse. */
  change: "added" | "removed";
}

export interface Outcome {
  poe: Assessment["poe"];
  route: Assessment["route"];
}

export interface ChangedRow {
  id: string;
  line: number;
  before: Outcome;
  after: Outcome;
  causes: Cause[];
  /** The `because` of the blockers at `to` (or at `from` when they went away). */
  explanation: string;
}

export type RescreenRow =
  | { status: "same"; id: string; line: number }
  | ({ status: "changed" } & ChangedRow)
  | { status: "error"; id: string; line: number; errors: InputError[] };

export interface RescreenSummary {
  from: string;
  to: string;
  rows: number;
  changed: number;
  errors: number;
  /** Changed rows per cause, most frequent first (a row with two causes counts under both). */
  causes: { cause: Cause; title: string; rows: number }[];
  /** The first error rows (line and problems), so none is silently dropped. */
  errorSamples: { id: string; line: number; errors: InputError[] }[];
}

/** A cause's identity in the summary's grouping. */
const key = (c: Pick<Cause, "kind" | "rule" | "code">) => `${c.kind}\u0000${c.rule}\u0000${c.code}`;

/** The blockers or advisories that appeared or went, matched by rule and code. */
function diff<T extends { code: string; rule: string }>(
  before: readonly T[],
  after: readonly T[],
  kind: "blocker" | "advisory",
): Cause[] {
  const { added, removed } = listChanges(before, after, (x) => `${x.rule}\u0000${x.code}`);
  return [
    ...added.map((x) => ({ rule: x.rule, code: x.code, kind, change: "added" as const })),
    ...removed.map((x) => ({ rule: x.rule, code: x.code, kind, change: "removed" as const })),
  ];
}

/**
 * Why two assessments of the same row differ: blockers first (they decide `poe`/`route`), then
 * advisories, then facts that became (or stopped being) needed, such as the time of arrival on the
 * day of a change.
 */
export function causesOf(before: Assessment, after: Assessment): Cause[] {
  const blockers = diff(before.blockers, after.blockers, "blocker");
  if (blockers.length > 0) return blockers;
  const advisories = diff(before.advisories, after.advisories, "advisory");
  if (advisories.length > 0) return advisories;
  const { added, removed } = listChanges(before.missing, after.missing, String);
  const missing = (f: string, change: "added" | "removed"): Cause => ({
    rule: "",
    code: `missing:${f}`,
    kind: "missing",
    change,
  });
  return [...added.map((f) => missing(f, "added")), ...removed.map((f) => missing(f, "removed"))];
}

/** Assesses one row at both dates and compares the outcomes. Never throws. */
export function rescreenRow(
  row: RawRow,
  settings: Pick<ScreenSettings, "plan" | "lang" | "dateFormat"> & { from: string; to: string },
  assess: Engine["assess"],
): RescreenRow {
  type At = { id: string; assessment: Assessment } | { id: string; errors: InputError[] };
  const at = (asOf: string): At => {
    const r = screenRow(row, { ...settings, format: "jsonl", asOf }, assess);
    return r.status === "ok" ? { id: r.id, assessment: r.assessment } : { id: r.id, errors: r.errors };
  };
  const before = at(settings.from);
  const after = at(settings.to);
  if ("errors" in before || "errors" in after) {
    const errors = "errors" in before ? [...before.errors] : [];
    const seen = new Set(errors.map((e) => `${e.path}\u0000${e.message}`));
    for (const e of "errors" in after ? after.errors : []) {
      if (!seen.has(`${e.path}\u0000${e.message}`)) errors.push(e);
    }
    return { status: "error", id: before.id, line: row.line, errors };
  }
  const a = before.assessment;
  const b = after.assessment;
  if (a.poe === b.poe && a.route === b.route) return { status: "same", id: before.id, line: row.line };
  const reasons = (b.blockers.length > 0 ? b.blockers : a.blockers).map((x) => x.because);
  return {
    status: "changed",
    id: before.id,
    line: row.line,
    before: { poe: a.poe, route: a.route },
    after: { poe: b.poe, route: b.route },
    causes: causesOf(a, b),
    explanation: reasons.join(" "),
  };
}

export type RescreenFormat = "text" | "csv" | "jsonl";

export interface RescreenOptions {
  input: Readable;
  inputFormat: InputFormat;
  from: string;
  to: string;
  output: Writable;
  format: RescreenFormat;
  lang: Lang;
  assess?: Engine["assess"];
  /** CSV input's delimiter (default: detected from the header). */
  delimiter?: string | undefined;
  /** How CSV date cells are written (`--date-format`); default ISO only. */
  dateFormat?: DateFormat | undefined;
  /** A rule's title for the summary (default: the real rulebook's). */
  ruleTitle?: (id: string, lang: Lang) => string | undefined;
  /** How many error rows the summary keeps for display. */
  maxErrorSamples?: number;
}

/** One cause in words: "R-POE-07 PGWP not accepted at the POE (blocker pgwp) now applies". */
export function causeText(c: Cause, title: string, lang: Lang): string {
  const w = catalogue(lang).rescreen;
  if (c.kind === "missing") {
    return c.code === "missing:arrival" && c.change === "added"
      ? w.unknownTime
      : `${w.missing} ${c.code.slice(8)}: ${w[c.change]}`;
  }
  return `${c.rule}${title ? ` ${title}` : ""} (${w[c.kind]} ${c.code}) ${w[c.change]}`;
}

const arrow = (a: Outcome, b: Outcome) =>
  `poe ${a.poe} → ${b.poe}${a.route === b.route ? `, route ${b.route}` : `, route ${a.route} → ${b.route}`}`;

function formatChanged(
  r: ChangedRow,
  format: RescreenFormat,
  lang: Lang,
  title: (id: string) => string,
): string {
  if (format === "jsonl") return `${JSON.stringify(r)}\n`;
  if (format === "csv") {
    return stringify([
      [
        r.id,
        r.line,
        r.before.poe,
        r.before.route,
        r.after.poe,
        r.after.route,
        [...new Set(r.causes.map((c) => c.rule).filter(Boolean))].join(";"),
        r.causes.map((c) => `${c.change === "added" ? "+" : "-"}${c.code}`).join(";"),
        r.explanation,
      ].map((cell) => neutralise(String(cell))),
    ]);
  }
  const because = r.causes.map((c) => causeText(c, title(c.rule), lang)).join("; ");
  return `${catalogue(lang).rescreen.line} ${r.line}  ${r.id}: ${arrow(r.before, r.after)}\n    ${because}\n`;
}

/** The CSV header of the rescreen report. */
export const RESCREEN_COLUMNS = [
  "id",
  "line",
  "poe_before",
  "route_before",
  "poe_after",
  "route_after",
  "rules",
  "changes",
  "explanation",
] as const;

/** The rulebook's titles. A failed import is a fault and propagates: no silent blank titles. */
async function defaultTitles(): Promise<(id: string, lang: Lang) => string | undefined> {
  const { rulebook } = await import("../engine/index.js");
  const byId = new Map(rulebook.map((r) => [r.id, r.title]));
  return (id, lang) => byId.get(id)?.[lang];
}

/** Writes with backpressure. */
async function write(out: Writable, text: string): Promise<void> {
  if (text === "" || out.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (e?: Error) => {
      out.off("drain", done);
      out.off("error", done);
      if (e) reject(e);
      else resolve();
    };
    out.on("drain", done);
    out.on("error", done);
  });
}

/** Re-screens a roster, streaming the changed rows out as they are found. */
export async function runRescreen(options: RescreenOptions): Promise<RescreenSummary> {
  const maxSamples = options.maxErrorSamples ?? 20;
  let rows: AsyncIterable<RawRow>;
  let plan: ScreenSettings["plan"];
  if (options.inputFormat === "csv") {
    // A batch output is read as a roster: its result columns are not profile fields.
    const csv = await openCsv(options.input, {
      delimiter: options.delimiter,
      resultColumns: OUTPUT_COLUMNS,
      lang: options.lang,
    });
    plan = csv.plan;
    rows = csv.rows;
  } else {
    rows = readJsonl(options.input);
  }
  const assess =
    options.assess ??
    ((await import("../engine/index.js")) as unknown as { assess: Engine["assess"] }).assess;
  const titles = options.ruleTitle ?? (await defaultTitles());
  const title = (id: string) => (id ? (titles(id, options.lang) ?? "") : "");
  const settings = {
    plan,
    lang: options.lang,
    from: options.from,
    to: options.to,
    dateFormat: options.dateFormat,
  };

  const summary: RescreenSummary = {
    from: options.from,
    to: options.to,
    rows: 0,
    changed: 0,
    errors: 0,
    causes: [],
    errorSamples: [],
  };
  const byCause = new Map<string, { cause: Cause; title: string; rows: number }>();
  if (options.format === "csv") await write(options.output, stringify([[...RESCREEN_COLUMNS]]));

  for await (const row of rows) {
    summary.rows++;
    const r = rescreenRow(row, settings, assess);
    if (r.status === "error") {
      summary.errors++;
      if (summary.errorSamples.length < maxSamples)
        summary.errorSamples.push({ id: r.id, line: r.line, errors: r.errors });
      continue;
    }
    if (r.status === "same") continue;
    summary.changed++;
    const { status: _status, ...changed } = r;
    for (const c of r.causes) {
      const k = `${key(c)}\u0000${c.change}`;
      const entry = byCause.get(k) ?? { cause: c, title: title(c.rule), rows: 0 };
      entry.rows++;
      byCause.set(k, entry);
    }
    await write(options.output, formatChanged(changed, options.format, options.lang, title));
  }
  summary.causes = [...byCause.values()].sort((a, b) => b.rows - a.rows);
  return summary;
}

/** The human summary: "12 of your 200 workers changed between … and … because: …". */
export function rescreenSummaryText(s: RescreenSummary, lang: Lang): string {
  const w = catalogue(lang).rescreen;
  const assessed = s.rows - s.errors;
  const when = `${w.between} ${s.from} ${w.and} ${s.to}`;
  const lines: string[] = [];
  if (s.changed === 0) {
    lines.push(`${w.none(assessed)} ${when}.`);
  } else {
    lines.push(`${w.of(s.changed, assessed)} ${when} ${w.because}`);
    for (const c of s.causes) lines.push(`  ${c.rows} × ${causeText(c.cause, c.title, lang)}`);
  }
  if (s.errors > 0) {
    lines.push(w.errors(s.errors));
    for (const e of s.errorSamples) {
      lines.push(
        `  ${w.line} ${e.line} (${e.id}): ${e.errors.map((x) => (x.path && !x.message.startsWith(`${x.path}:`) ? `${x.path}: ${x.message}` : x.message)).join(" | ")}`,
      );
    }
    if (s.errors > s.errorSamples.length) lines.push(`  … ${s.errors - s.errorSamples.length} more`);
  }
  return `${lines.join("\n")}\n`;
}
