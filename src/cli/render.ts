/** Human-readable text of an assessment and of the rulebook, in the requested language. */
import type { Assessment, InputError, Lang } from "../contract/assessment.js";
import type { RouteAnswer } from "../contract/codes.js";
import { catalogue } from "../i18n/catalogue.js";
import { type Messages, messages } from "../i18n/index.js";
import type { UiWords } from "../i18n/messages.js";

/** The engine's texts and the words of the text rendering, in one language. */
type Words = Messages & { ui: UiWords };
const words = (lang: Lang): Words => ({ ...messages(lang), ui: catalogue(lang).ui });

import type { Rule } from "../rulebook/index.js";
import { formatEastern, instantOf } from "../rulebook/time.js";
import type { RouteDecider } from "./open-answer.js";

/** A colon as each language writes it (French: a no-break space before it). */
export const colon = (lang: Lang): string => (lang === "fr" ? "\u00a0:" : ":");

/** A route in words; a Letter of Introduction that a blocker still stops is not "show it to have the permit printed". */
function routeWords(m: Words, route: RouteAnswer, blocked: boolean): string {
  return route === "letter-of-introduction" && blocked ? m.ui.letterBlocked : m.route[route];
}

/**
 * "What to do". A settled `poe` with an open route says what is settled (not at the border) and
 * what each open fact would decide (`deciders`, from the engine; without them, the facts alone).
 */
function routeSection(a: Assessment, lang: Lang, deciders: readonly RouteDecider[] | undefined): string {
  const m = words(lang);
  if (a.route !== "unknown" || a.poe === "unknown")
    return `${m.ui.route}\n  ${routeWords(m, a.route, a.blockers.length > 0)}`;
  const lines = [`${m.ui.route}`, `  ${m.ui.openRoute}`];
  for (const d of deciders ?? a.missing.map((field) => ({ field }) as RouteDecider)) {
    lines.push(`  ? ${m.fields[d.field]} (${d.field})`);
    if (d.yes) lines.push(`      ${m.ui.ifYes}${colon(lang)} ${routeWords(m, d.yes, d.yesBlocked ?? false)}`);
    if (d.no) lines.push(`      ${m.ui.ifNo}${colon(lang)} ${routeWords(m, d.no, d.noBlocked ?? false)}`);
  }
  return lines.join("\n");
}

/** The assessment for people; `open.deciders` says what each open fact would decide of an open route. */
export function renderAssessment(
  a: Assessment,
  lang: Lang,
  open: { deciders?: readonly RouteDecider[] } = {},
): string {
  const m = words(lang);
  const out: string[] = [];
  out.push(`${m.ui.verdict}\n  ${m.poe[a.poe]}`);
  out.push(routeSection(a, lang, open.deciders));
  if (a.blockers.length) {
    out.push(
      `${m.ui.why}\n${a.blockers.map((b) => `  - ${b.because}\n    ${m.ui.sources}${colon(lang)} ${b.sources.join(" ; ")}`).join("\n")}`,
    );
  }
  const noDocuments = a.route === "unknown" ? m.ui.bringDependsOnRoute : m.ui.nothingToBring;
  out.push(
    `${m.ui.bring}\n${a.documents.length ? a.documents.map((d) => `  [ ] ${d.text}`).join("\n") : `  ${noDocuments}`}`,
  );
  if (a.advisories.length) {
    out.push(
      `${m.ui.advisories}\n${a.advisories.map((x) => `  - ${x.text}\n    ${m.ui.sources}${colon(lang)} ${x.sources.join(" ; ")}`).join("\n")}`,
    );
  }
  if (a.missing.length)
    out.push(`${m.ui.stillUnknown}\n${a.missing.map((f) => `  ? ${m.fields[f]} (${f})`).join("\n")}`);
  if (a.refine.length)
    out.push(`${m.ui.couldRefine}\n${a.refine.map((f) => `  ? ${m.fields[f]} (${f})`).join("\n")}`);
  out.push(`${m.ui.rulebook} ${a.rulebook} · ${m.ui.asOf} ${a.asOf}`);
  return `${out.join("\n\n")}\n`;
}

export function renderErrors(errors: readonly InputError[], lang: Lang, line?: number): string {
  const m = words(lang);
  const head = line === undefined ? m.ui.inputErrors : `${m.ui.inputErrors} (${m.ui.line} ${line})`;
  return `${head}${colon(lang)}\n${errors.map((e) => `  - ${e.path || "(profile)"}${colon(lang)} ${e.message}`).join("\n")}\n`;
}

/**
 * Every instant of the rulebook in one form: Eastern Time with its offset (a date alone is the
 * start of that day in Eastern Time, docs/contract.md §4), as `assess` writes its `asOf`.
 */
function oneForm(value: string): string {
  return formatEastern(instantOf(value));
}

export function renderRule(r: Rule, lang: Lang): string {
  const m = words(lang);
  const window =
    r.effective.from || r.effective.to
      ? [
          r.effective.from && `${m.ui.from} ${oneForm(r.effective.from)}`,
          r.effective.to && `${m.ui.until} ${oneForm(r.effective.to)}`,
        ]
          .filter(Boolean)
          .join(" ")
      : m.ui.always;
  return [
    `${r.id}  ${r.title[lang]}`,
    `  → ${messages(lang).ruleKind[r.concludes.kind]}${colon(lang)} ${r.concludes.code}`,
    `  ${m.ui.effective}${colon(lang)} ${window}${r.effective.note ? ` (${r.effective.note})` : ""} · ${m.ui.lastVerified} ${r.lastVerified}`,
    ...r.sources.map((s) => `  · ${s.provision} — ${s.url}`),
  ].join("\n");
}
