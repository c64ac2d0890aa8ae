/**
 * The result: the verdict and route in one sentence (the screen's `h1`), then why, the documents to
 * bring as a checklist, what would change the answer, what else applies, and what is still open.
 * Every reason links to its official source. The page prints cleanly, and the checklist can be
 * downloaded as a PDF made in the browser (the PDF library loads only when asked for).
 */
import { useState } from "preact/hooks";
import type { Assessment, Lang } from "../../contract/assessment.js";
import type { Field, Profile } from "../../contract/profile.js";
import { rulebook } from "../../engine/index.js";
import { formatAnswer } from "../../interview/answer-input.js";
import { QUESTIONS } from "../../interview/questions.js";
import type { InterviewState } from "../../interview/state.js";
import type { ChangeOption } from "../../interview/what-would-change.js";
import { formatDate, STRINGS, verdictSentence } from "../i18n/strings.js";
import { checklistContent } from "../pdf/checklist-pdf.js";
import { Heading } from "./heading.js";

export interface ResultViewProps {
  lang: Lang;
  assessment: Assessment;
  state: InterviewState;
  /** Decisive fields not yet answered (the interview can go on). */
  openDecisive: Field[];
  /** Refining fields not yet answered (nor "I don't know"). */
  openRefine: Field[];
  changes: ChangeOption[];
  checked: readonly string[];
  onToggle: (code: string, on: boolean) => void;
  onContinue: () => void;
  onEdit: (field: Field) => void;
  onStartOver: () => void;
}

const RULES = new Map(rulebook.map((r) => [r.id, r]));

/**
 * The rulebook names its sources' provisions in English only: on the French page that link text is
 * marked as English (WCAG 3.1.2, language of parts).
 */
export const SOURCE_LANG: Record<Lang, string | undefined> = { en: undefined, fr: "en" };

/** Link text for a source: the provision the rule names for that URL, else the address's host. */
function sourceLabel(ruleId: string | undefined, url: string): string {
  const provision = ruleId ? RULES.get(ruleId)?.sources.find((s) => s.url === url)?.provision : undefined;
  if (provision) return provision;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function Sources(props: { lang: Lang; rule: string | undefined; urls: readonly string[] }) {
  if (props.urls.length === 0) return null;
  return (
    <span class="sources-inline">
      {" "}
      <span class="visually-hidden">{STRINGS[props.lang].result.sources}: </span>
      {props.urls.map((url, i) => (
        <span key={url}>
          {i > 0 && ", "}
          <a href={url} class="source" lang={SOURCE_LANG[props.lang]}>
            {sourceLabel(props.rule, url)}
          </a>
        </span>
      ))}
    </span>
  );
}

type PdfState = "idle" | "working" | "failed";

export function ResultView(props: ResultViewProps) {
  const { lang, assessment: a, state } = props;
  const s = STRINGS[lang];
  const r = s.result;
  const [pdf, setPdf] = useState<PdfState>("idle");

  const downloadPdf = async () => {
    setPdf("working");
    try {
      const { makeChecklistPdf } = await import("../pdf/load.js");
      const blob = await makeChecklistPdf(checklistContent(a, lang, new Date()));
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = lang === "fr" ? "liste-permis-de-travail.pdf" : "work-permit-checklist.pdf";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setPdf("idle");
    } catch (err) {
      console.error(err);
      setPdf("failed");
    }
  };

  const uncertain = a.missing.filter((f) => state.unknown.includes(f));
  const unrefined = a.refine.filter(
    (f) => state.unknown.includes(f) || state.skipRefine || !(f in state.answers),
  );
  const answered = state.history;

  return (
    <article class="result" data-poe={a.poe} data-route={a.route}>
      <p class="eyebrow">{r.title}</p>
      <div class={`verdict verdict-${a.poe}`}>
        <Heading focusKey="result">
          <span data-testid="verdict">{verdictSentence(lang, a.poe, a.route)}</span>
        </Heading>
      </div>
      <p class="muted">{r.asOf(formatDate(lang, a.asOf), a.rulebook)}</p>

      {(props.openDecisive.length > 0 || uncertain.length > 0) && (
        <section aria-labelledby="missing-title" class="panel" data-testid="missing">
          <h2 id="missing-title">{r.missing}</h2>
          <ul>
            {a.missing.map((f) => (
              <li key={f} data-field={f}>
                {QUESTIONS[f].prompt[lang]}
              </li>
            ))}
          </ul>
          {props.openDecisive.length > 0 && (
            <button type="button" class="button primary" onClick={props.onContinue} data-testid="continue">
              {r.keepAnswering}
            </button>
          )}
        </section>
      )}

      {a.blockers.length > 0 && (
        <section aria-labelledby="why-title" data-testid="blockers">
          <h2 id="why-title">{r.why}</h2>
          <ul>
            {a.blockers.map((b) => (
              <li key={b.code} data-code={b.code}>
                {b.because}
                <Sources lang={lang} rule={b.rule} urls={b.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="docs-title" data-testid="documents">
        <h2 id="docs-title">{r.documents}</h2>
        {a.documents.length === 0 ? (
          <p>{r.documentsNone}</p>
        ) : (
          <ul class="checklist">
            {a.documents.map((d) => (
              <li key={d.code} data-code={d.code}>
                <input
                  type="checkbox"
                  id={`doc-${d.code}`}
                  checked={props.checked.includes(d.code)}
                  onChange={(e) => props.onToggle(d.code, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`doc-${d.code}`}>{d.text}</label>
              </li>
            ))}
          </ul>
        )}
      </section>

      {a.poe === "no" && (
        <section aria-labelledby="change-title" data-testid="what-would-change">
          <h2 id="change-title">{r.whatWouldChange}</h2>
          {props.changes.length === 0 ? (
            <p>{r.whatWouldChangeNone}</p>
          ) : (
            <ul class="change-options">
              {props.changes.map((opt) => (
                <li
                  key={opt.changes.map((c) => c.field).join("+")}
                  data-fields={opt.changes.map((c) => c.field).join(" ")}
                >
                  <p class="change-actions">{opt.changes.map((c) => c.action).join(r.and)}</p>
                  <p class="change-result">
                    → {verdictSentence(lang, opt.result.poe, opt.result.route)}
                    {opt.satisfies.length > 0 && " "}
                    {opt.satisfies.map((w, i) => (
                      <span key={w.id}>
                        {i > 0 && ", "}
                        <a href={w.url} class="source" lang={w.provision ? SOURCE_LANG[lang] : undefined}>
                          {w.provision || w.title}
                        </a>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {a.advisories.length > 0 && (
        <section aria-labelledby="adv-title" data-testid="advisories">
          <h2 id="adv-title">{r.advisories}</h2>
          <ul>
            {a.advisories.map((x) => (
              <li key={x.code} data-code={x.code}>
                {x.text}
                <Sources lang={lang} rule={x.rule} urls={x.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {unrefined.length > 0 && (
        <section aria-labelledby="refine-title" data-testid="refine">
          <h2 id="refine-title">{r.refine}</h2>
          <ul>
            {unrefined.map((f) => (
              <li key={f} data-field={f}>
                {QUESTIONS[f].prompt[lang]}
              </li>
            ))}
          </ul>
          {props.openDecisive.length === 0 && props.openRefine.length > 0 && (
            <button
              type="button"
              class="button secondary no-print"
              onClick={props.onContinue}
              data-testid="refine-more"
            >
              {r.keepAnswering}
            </button>
          )}
        </section>
      )}

      <div class="actions no-print">
        <button
          type="button"
          class="button primary"
          onClick={downloadPdf}
          disabled={pdf === "working"}
          data-testid="pdf"
        >
          {r.downloadPdf}
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {r.print}
        </button>
        <button type="button" class="button secondary" onClick={props.onStartOver} data-testid="start-over">
          {r.startOver}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {pdf === "working" ? r.pdfWorking : pdf === "failed" ? r.pdfFailed : ""}
      </p>

      {answered.length > 0 && (
        <section aria-labelledby="answers-title" class="answers" data-testid="answers">
          <h2 id="answers-title">{r.yourAnswers}</h2>
          <dl>
            {answered.map((f) => (
              <div class="answer-row" key={f}>
                <dt>{QUESTIONS[f].prompt[lang]}</dt>
                <dd>
                  {state.unknown.includes(f)
                    ? s.question.dontKnow
                    : formatAnswer(QUESTIONS[f], (state.answers as Profile)[f], lang)}{" "}
                  <button type="button" class="button link no-print" onClick={() => props.onEdit(f)}>
                    {r.change}
                    <span class="visually-hidden">: {QUESTIONS[f].prompt[lang]}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p class="muted">{r.notAdvice}</p>
    </article>
  );
}
