/**
 * The result: the verdict and route in one sentence (the screen's `h1`), then why, the documents to
 * bring as a checklist, what would change the answer, what else applies, and what is still open.
 * Every reason links to its official source. The page prints cleanly, and the checklist can be
 * downloaded as a PDF made in the browser (the PDF library loads only when asked for).
 */
import { useRef, useState } from "preact/hooks";
import type { Assessment, Lang } from "../../contract/assessment.js";
import type { Field, Profile } from "../../contract/profile.js";
import { rulebook, rulesInForce } from "../../engine/index.js";
import { answerInWords } from "../../interview/answer-text.js";
import { QUESTIONS } from "../../interview/questions.js";
import type { InterviewState } from "../../interview/state.js";
import type { ChangeOption } from "../../interview/what-would-change.js";
import { formatDate, STRINGS, verdictSentence } from "../i18n/strings.js";
import { checklistContent } from "../pdf/checklist-pdf.js";
import { formatRoute } from "../route.js";
import { type LocalSource, localOf, localSource } from "../sources.js";
import { borderFees, type LiftingAction, splitAdvisories, tripDates } from "../trip.js";
import { Heading } from "./heading.js";
import { SourceLink } from "./source-link.js";

export interface ResultViewProps {
  lang: Lang;
  assessment: Assessment;
  state: InterviewState;
  /** Decisive fields not yet answered (the interview can go on). */
  openDecisive: Field[];
  /** Refining fields not yet answered (nor "I don't know"). */
  openRefine: Field[];
  changes: ChangeOption[];
  /** Actions that lift a blocker on what is known, when `changes` finds no complete way yet. */
  lifting: LiftingAction[];
  checked: readonly string[];
  onToggle: (code: string, on: boolean) => void;
  onContinue: () => void;
  onEdit: (field: Field) => void;
  onStartOver: () => void;
}

const RULES = new Map(rulebook.map((r) => [r.id, r]));

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

/** The official sources after an item, as links in the page's language. */
function SourceList(props: { lang: Lang; links: readonly LocalSource[] }) {
  if (props.links.length === 0) return null;
  return (
    <span class="sources-inline">
      {" "}
      <span class="visually-hidden">{STRINGS[props.lang].result.sources}: </span>
      {props.links.map((src, i) => (
        <span key={src.url}>
          {i > 0 && ", "}
          <SourceLink src={src} />
        </span>
      ))}
    </span>
  );
}

/** The sources of a rule's conclusion, by URL, each labelled with the provision the rule cites. */
function Sources(props: { lang: Lang; rule: string | undefined; urls: readonly string[] }) {
  return (
    <SourceList
      lang={props.lang}
      links={props.urls.map((url) => localSource(url, props.lang, sourceLabel(props.rule, url)))}
    />
  );
}

type PdfState = "idle" | "working" | "failed";

export function ResultView(props: ResultViewProps) {
  const { lang, assessment: a, state } = props;
  const s = STRINGS[lang];
  const r = s.result;
  const [pdf, setPdf] = useState<PdfState>("idle");
  const pdfButton = useRef<HTMLButtonElement>(null);
  const trip = tripDates(a, state.answers, new Date());
  const { beforeTravel, other } = splitAdvisories(a);
  const fees = borderFees(a, state.answers as Profile, lang);
  const summary = state.history.map((f) => ({
    question: QUESTIONS[f].prompt[lang],
    answer: state.unknown.includes(f)
      ? s.question.dontKnow
      : answerText(f, (state.answers as Profile)[f], lang),
  }));
  const hasPdfContent = a.documents.length > 0 || a.blockers.length > 0 || beforeTravel.length > 0;

  const downloadPdf = async () => {
    setPdf("working");
    try {
      const { makeChecklistPdf } = await import("../pdf/load.js");
      const blob = await makeChecklistPdf(
        checklistContent(a, lang, new Date(), {
          rulesDate: trip.rulesDate,
          answers: summary,
          fees,
          changes: props.changes.length
            ? props.changes.map(
                (o) =>
                  `${o.changes.map((c) => c.action).join(r.and)} → ${verdictSentence(lang, o.result.poe, o.result.route)}`,
              )
            : props.lifting.map((l) => l.action),
        }),
      );
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
    // The button was disabled while working, which drops focus: give it back (WCAG 2.4.3).
    requestAnimationFrame(() => pdfButton.current?.focus());
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
      <p class="muted" data-testid="as-of" data-date={trip.rulesDate}>
        {r.asOf(formatDate(lang, trip.rulesDate), a.rulebook)}
      </p>
      {trip.usedToday && (
        <p class="notice" data-testid="used-today">
          {r.usedToday}
        </p>
      )}
      {trip.checkAgain && (
        <p class="notice" data-testid="check-again" data-why={trip.checkAgain}>
          {trip.checkAgain === "far"
            ? r.checkAgainFar(formatDate(lang, trip.rulesDate))
            : r.checkAgainUnverified(formatDate(lang, trip.verifiedThrough))}
        </p>
      )}
      <p class="muted" data-testid="last-verified">
        {r.lastVerified(formatDate(lang, trip.verifiedThrough))}
      </p>

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

      {a.poe === "yes" && (
        <section aria-labelledby="why-yes-title" data-testid="why-yes">
          <h2 id="why-yes-title">{r.whyYes}</h2>
          <p>
            {r.whyYesText(blockerRulesInForce(trip.rulesDate))}{" "}
            <a href={formatRoute({ lang, view: "rules" })}>{r.whyYesLink}</a>
          </p>
        </section>
      )}

      {beforeTravel.length > 0 && (
        <section aria-labelledby="before-title" data-testid="before-travel">
          <h2 id="before-title">{r.beforeTravel}</h2>
          <ul class="checklist">
            {beforeTravel.map((x) => (
              <li key={x.code} data-code={x.code}>
                <input
                  type="checkbox"
                  id={`adv-${x.code}`}
                  checked={props.checked.includes(`advisory:${x.code}`)}
                  onChange={(e) =>
                    props.onToggle(`advisory:${x.code}`, (e.currentTarget as HTMLInputElement).checked)
                  }
                />
                <label for={`adv-${x.code}`}>{x.text}</label>
                <Sources lang={lang} rule={x.rule} urls={x.sources} />
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

      {fees.length > 0 && (
        <section aria-labelledby="fees-title" data-testid="fees">
          <h2 id="fees-title">{r.fees}</h2>
          <ul>
            {fees.map((f) => (
              <li key={f.fee} data-fee={f.fee}>
                {f.text}
                <SourceList lang={lang} links={f.sources.map((src) => localOf(src, lang))} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {a.poe === "no" && (
        <section aria-labelledby="change-title" data-testid="what-would-change">
          <h2 id="change-title">{r.whatWouldChange}</h2>
          {props.changes.length === 0 && props.lifting.length > 0 ? (
            <ul class="change-options" data-testid="lifting">
              {props.lifting.map((l) => (
                <li key={l.action} data-lifts={[...new Set(l.lifted.map((b) => b.code))].join(" ")}>
                  <p class="change-actions">{l.action}</p>
                  <p class="change-result">{r.liftingNote}</p>
                </li>
              ))}
            </ul>
          ) : props.changes.length === 0 ? (
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
                        <SourceLink src={localSource(w.url, lang, w.provision || w.title)} />
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {other.length > 0 && (
        <section aria-labelledby="adv-title" data-testid="advisories">
          <h2 id="adv-title">{r.advisories}</h2>
          <ul>
            {other.map((x) => (
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
          <p>{r.openRefine(unrefined.length)}</p>
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
        {hasPdfContent && (
          <button
            ref={pdfButton}
            type="button"
            class="button primary"
            onClick={downloadPdf}
            disabled={pdf === "working"}
            data-testid="pdf"
          >
            {r.downloadPdf}
          </button>
        )}
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
                    : answerText(f, (state.answers as Profile)[f], lang)}{" "}
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

/** An answer in words: country names (never codes), dates in the page's language. */
export function answerText(field: Field, value: unknown, lang: Lang): string {
  const q = STRINGS[lang].question;
  const words = { yes: q.yes, no: q.no, dontKnow: q.dontKnow, none: q.none };
  return answerInWords(QUESTIONS[field], value, lang, {
    words,
    countryCodes: false,
    date: (iso) => formatDate(lang, iso),
  });
}

/** How many rules that can stop a border application are in force on `date`. */
function blockerRulesInForce(date: string): number {
  return rulesInForce(date).filter((r) => r.concludes.kind === "blocker").length;
}
