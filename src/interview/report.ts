/**
 * The end of the interview in words: the assessment as readable text for the terminal, and as a
 * Markdown checklist to save. Both say what stays uncertain and what would change a "no".
 *
 * @example
 * ```ts
 * const md = renderMarkdown({ assessment, answers, uncertain: [], unrefined: [], whatWouldChange: [] }, "fr");
 * md.startsWith("# Permis de travail à la frontière"); // true
 * ```
 */
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Poe, RouteAnswer } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";
import { messages as catalogueMessages } from "../i18n/index.js";
import { formatAnswer } from "./answer-input.js";
import { messages } from "./messages.js";
import { QUESTIONS } from "./questions.js";
import type { ChangeOption } from "./what-would-change.js";

export interface InterviewResult {
  assessment: Assessment;
  answers: Profile;
  uncertain: readonly Field[];
  unrefined: readonly Field[];
  /** Fields never asked because the interview stopped early (the input ended). */
  unasked?: readonly Field[];
  whatWouldChange: readonly ChangeOption[];
}

/** The verdict in one word or two ("Yes", "Not known yet"). */
export function poeWords(poe: Poe, lang: Lang): string {
  const m = messages(lang);
  return poe === "yes" ? m.verdictYes : poe === "no" ? m.verdictNo : m.verdictUnknown;
}

/** What to do, in the words every surface uses (the catalogue's `route`). */
export function routeWords(route: RouteAnswer, lang: Lang): string {
  return catalogueMessages(lang).route[route];
}

function changeLines(options: readonly ChangeOption[], lang: Lang): string[] {
  const lines: string[] = [];
  options.forEach((o, i) => {
    const outcome =
      o.result.poe === "yes"
        ? `${messages(lang).poe}${messages(lang).colon}${poeWords("yes", lang)}`
        : routeWords(o.result.route, lang);
    lines.push(`${i + 1}. ${o.changes.map((c) => c.action).join(" + ")} → ${outcome}`);
    for (const r of o.satisfies)
      lines.push(
        `   ${messages(lang).satisfies}${messages(lang).colon}${r.title} (${r.provision}, ${r.url})`,
      );
  });
  return lines;
}

/** "What would change the answer" as plain text (a heading, then one numbered line per option). */
export function renderChangesText(options: readonly ChangeOption[], lang: Lang): string {
  const m = messages(lang);
  const lines =
    options.length === 0 ? [`  ${m.whatWouldChangeNone}`] : changeLines(options, lang).map((l) => `  ${l}`);
  return [`${m.whatWouldChange}${m.colon.trimEnd()}`, ...lines].join("\n");
}

/** The assessment as plain text for the terminal. */
export function renderText(result: InterviewResult, lang: Lang): string {
  const m = messages(lang);
  const a = result.assessment;
  const out: string[] = [];
  out.push(`${m.poe}${m.colon}${poeWords(a.poe, lang)}`);
  out.push(`${m.route}${m.colon}${routeWords(a.route, lang)}`);
  if (a.blockers.length > 0) {
    out.push("", `${m.blockers}${m.colon.trimEnd()}`);
    for (const b of a.blockers) out.push(`  ✗ ${b.because}`, ...b.sources.map((s) => `      ${s}`));
  }
  if (a.documents.length > 0) {
    out.push("", `${m.documents}${m.colon.trimEnd()}`);
    for (const d of a.documents) out.push(`  ☐ ${d.text}`);
  }
  if (a.advisories.length > 0) {
    out.push("", `${m.advisories}${m.colon.trimEnd()}`);
    for (const x of a.advisories) out.push(`  • ${x.text}`, ...x.sources.map((s) => `      ${s}`));
  }
  if (result.uncertain.length > 0) {
    out.push("", `${m.uncertain}${m.colon.trimEnd()}`);
    for (const f of result.uncertain) out.push(`  ? ${QUESTIONS[f].prompt[lang]}`);
  }
  if (result.unrefined.length > 0) {
    out.push("", `${m.unrefined}${m.colon.trimEnd()}`);
    for (const f of result.unrefined) out.push(`  ? ${QUESTIONS[f].prompt[lang]}`);
  }
  if (result.unasked && result.unasked.length > 0) {
    out.push("", `${m.unasked}${m.colon.trimEnd()}`);
    for (const f of result.unasked) out.push(`  - ${QUESTIONS[f].prompt[lang]}`);
  }
  if (a.poe === "no") out.push("", renderChangesText(result.whatWouldChange, lang));
  return out.join("\n");
}

/** The assessment as a Markdown checklist, with the answers it rests on. */
export function renderMarkdown(result: InterviewResult, lang: Lang): string {
  const m = messages(lang);
  const a = result.assessment;
  const out: string[] = [`# ${m.checklistTitle}`, ""];
  out.push(`- **${m.poe}:** ${poeWords(a.poe, lang)}`, `- **${m.route}:** ${routeWords(a.route, lang)}`);
  out.push(`- rulebook ${a.rulebook}, ${a.asOf}`);
  if (a.blockers.length > 0) {
    out.push("", `## ${m.blockers}`, "");
    for (const b of a.blockers)
      out.push(`- ${b.because}${b.sources.length ? ` (${b.sources.join(", ")})` : ""}`);
  }
  if (a.documents.length > 0) {
    out.push("", `## ${m.documents}`, "");
    for (const d of a.documents) out.push(`- [ ] ${d.text}`);
  }
  if (a.advisories.length > 0) {
    out.push("", `## ${m.advisories}`, "");
    for (const x of a.advisories)
      out.push(`- ${x.text}${x.sources.length ? ` (${x.sources.join(", ")})` : ""}`);
  }
  if (result.uncertain.length > 0 || result.unrefined.length > 0) {
    out.push("", `## ${m.uncertain}`, "");
    for (const f of [...result.uncertain, ...result.unrefined])
      out.push(`- [ ] ${QUESTIONS[f].prompt[lang]}`);
  }
  if (result.unasked && result.unasked.length > 0) {
    out.push("", `## ${m.unasked}`, "");
    for (const f of result.unasked) out.push(`- [ ] ${QUESTIONS[f].prompt[lang]}`);
  }
  if (a.poe === "no") {
    out.push("", `## ${m.whatWouldChange}`, "");
    if (result.whatWouldChange.length === 0) out.push(m.whatWouldChangeNone);
    else out.push(...changeLines(result.whatWouldChange, lang));
  }
  const answered = (Object.keys(result.answers) as Field[]).filter((f) => result.answers[f] !== undefined);
  if (answered.length > 0) {
    out.push("", `## ${m.answersHeading}`, "");
    for (const f of answered)
      out.push(`- ${QUESTIONS[f].prompt[lang]} **${formatAnswer(QUESTIONS[f], result.answers[f], lang)}**`);
  }
  return `${out.join("\n")}\n`;
}
