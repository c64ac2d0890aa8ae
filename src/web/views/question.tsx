/**
 * One question per screen: the question (the screen's `h1`), its help and "why we ask" with the
 * rules it can decide, the input for its kind, then Next, "I don't know" and Back. Native form
 * controls (radios, checkboxes, text and date inputs), and for countries a WAI-ARIA combobox
 * (country-combobox.tsx) instead of a 250-option select; errors are announced and linked to the
 * input they concern.
 */
import { useLayoutEffect, useState } from "preact/hooks";
import type { Lang } from "../../contract/assessment.js";
import { COVERAGE_START } from "../../engine/index.js";
import type { Question } from "../../interview/questions.js";
import type { WhyRule } from "../../interview/why.js";
import { easternToday } from "../../rulebook/time.js";
import { type AnswerProblem, type Draft, type DraftError, parseDraft } from "../answer-input.js";
import { type Dict, STRINGS } from "../i18n/strings.js";
import { localSource } from "../sources.js";
import { CountryCombobox } from "./country-combobox.js";
import { Heading } from "./heading.js";
import { SourceLink } from "./source-link.js";

export interface QuestionViewProps {
  lang: Lang;
  question: Question;
  why: WhyRule[];
  /** A refine question: the verdict is already settled. */
  optional: boolean;
  /** The question's number, and about how many more the current plan asks (never counting down to a fixed total). */
  progress: { n: number; left: number };
  /** The verdict is settled: "we already have enough to answer" may be said. */
  settled?: boolean;
  initial: Draft;
  /** A second check of a well-formed answer (a future exam date, an arrival outside the covered period). */
  problem?: (value: unknown) => AnswerProblem | undefined;
  /** The "I don't know" button's own wording and hint (the arrival date's "I don't know yet"). */
  dontKnowLabel?: string;
  dontKnowHelp?: string;
  onAnswer: (value: unknown) => void;
  onDontKnow: () => void;
  onBack: () => void;
  onSeeResult: () => void;
}

const TITLE_ID = "q-title";
const HELP_ID = "q-help";
const ERROR_ID = "q-error";

type ShownError = DraftError | AnswerProblem;

function errorText(s: Dict, q: Question, e: ShownError): string {
  if (typeof e === "object") return e.error === "future" ? s.question.errors.future : e.message;
  switch (e) {
    case "range":
      return q.kind === "number" ? s.question.errors.range(q.min, q.max) : s.question.errors.number;
    case "pattern":
      return s.question.errors.pattern(q.kind === "text" ? q.example : "");
    default:
      return s.question.errors[e];
  }
}

export function QuestionView(props: QuestionViewProps) {
  const { lang, question: q } = props;
  const s = STRINGS[lang];
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [error, setError] = useState<ShownError | undefined>(undefined);

  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parseDraft(q, draft);
    const problem = parsed.ok ? props.problem?.(parsed.value) : undefined;
    if (!parsed.ok || problem) {
      setError(parsed.ok ? problem : parsed.error);
      // Move focus to the first control so the traveller lands where the problem is.
      // The error summary takes focus (GOV.UK pattern): it is read out, and links to the answer.
      queueMicrotask(() => document.getElementById("error-summary")?.focus());
      return;
    }
    setError(undefined);
    props.onAnswer(parsed.value);
  };

  // The title names the question, and says "Error:" first while an answer is refused. Set in the
  // same task as the new question's markup (a layout effect), so that nothing, a screen reader or
  // a test, sees the new question under the old title.
  useLayoutEffect(() => {
    document.title = `${error ? `${s.question.errorPrefix} ` : ""}${q.prompt[lang]} – ${s.appName}`;
  }, [error, q.field, lang]);

  const describedBy = [HELP_ID, error ? ERROR_ID : ""].filter(Boolean).join(" ");
  const invalid = error ? true : undefined;
  const pct = Math.min(
    100,
    Math.round(((props.progress.n - 1) / Math.max(1, props.progress.n + props.progress.left)) * 100),
  );

  return (
    <article class="question" data-field={q.field} data-kind={q.kind}>
      {error && (
        <div
          class="error-summary"
          id="error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">{s.question.errorSummary}</h2>
          <ul>
            <li>
              <a
                href={`#answer-${q.field}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.querySelector<HTMLElement>("[data-answer-input]")?.focus();
                }}
              >
                {errorText(s, q, error)}
              </a>
            </li>
          </ul>
        </div>
      )}
      <p class="progress-text" id="q-progress">
        {s.question.progress(props.progress.n, props.progress.left)}
      </p>
      <div class="progress-bar" aria-hidden="true">
        <div class="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      {props.optional && (
        <div class="notice" role="status">
          <p>{props.settled ? s.question.settledEarly : s.question.openEarly}</p>
          <button type="button" class="button secondary" onClick={props.onSeeResult} data-testid="see-result">
            {s.question.seeResult}
          </button>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <Heading focusKey={q.field}>
          <span id={TITLE_ID}>{q.prompt[lang]}</span>
        </Heading>
        <p id={HELP_ID} class="help">
          {q.help[lang]}
        </p>
        {error && (
          <p id={ERROR_ID} class="error">
            <strong>{s.question.errorPrefix}</strong> {errorText(s, q, error)}
          </p>
        )}
        <Inputs
          q={q}
          lang={lang}
          draft={draft}
          setDraft={setDraft}
          describedBy={describedBy}
          invalid={invalid}
        />
        <div class="actions">
          <button type="submit" class="button primary" data-testid="next">
            {s.question.next}
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={props.onDontKnow}
            data-testid="dont-know"
            aria-describedby={props.dontKnowHelp ? "q-dont-know-help" : undefined}
          >
            {props.dontKnowLabel ?? s.question.dontKnow}
          </button>
          <button type="button" class="button link" onClick={props.onBack} data-testid="back">
            {s.question.back}
          </button>
        </div>
        {props.dontKnowHelp && (
          <p id="q-dont-know-help" class="hint">
            {props.dontKnowHelp}
          </p>
        )}
      </form>
      {props.why.length > 0 && (
        <section class="why" aria-labelledby="why-title">
          <h2 id="why-title">{s.question.whyWeAsk}</h2>
          <ul>
            {props.why.map((w) => (
              <li key={w.id}>
                {w.title}{" "}
                {w.url && <SourceLink src={localSource(w.url, lang, w.provision || s.result.source)} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

interface InputsProps {
  q: Question;
  lang: Lang;
  draft: Draft;
  setDraft: (d: Draft) => void;
  describedBy: string;
  invalid: true | undefined;
}

function Inputs({ q, lang, draft, setDraft, describedBy, invalid }: InputsProps) {
  const s = STRINGS[lang];
  const picked = draft.picked ?? [];
  const name = `answer-${q.field}`;

  const radios = (options: { value: string; label: string }[]) => (
    <div
      class="choices"
      role="radiogroup"
      aria-labelledby={TITLE_ID}
      aria-describedby={describedBy}
      aria-invalid={invalid}
    >
      {options.map((o, i) => (
        <div class="choice" key={o.value}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={picked[0] === o.value}
            onChange={() => setDraft({ picked: [o.value] })}
            data-answer-input={i === 0 ? "" : undefined}
          />
          <label for={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </div>
  );

  switch (q.kind) {
    case "yes-no":
      return radios([
        { value: "yes", label: s.question.yes },
        { value: "no", label: s.question.no },
      ]);
    case "one-of":
      return radios(q.choices.map((c, i) => ({ value: String(i), label: c.label[lang] })));
    case "several-of":
      return (
        <fieldset class="choices" aria-labelledby={TITLE_ID} aria-describedby={describedBy}>
          {q.choices.map((c, i) => {
            const v = String(i);
            return (
              <div class="choice" key={v}>
                <input
                  type="checkbox"
                  id={`${name}-${v}`}
                  checked={picked.includes(v)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    setDraft({ picked: on ? [...picked, v] : picked.filter((p) => p !== v), none: false });
                  }}
                  aria-invalid={invalid}
                  data-answer-input={i === 0 ? "" : undefined}
                />
                <label for={`${name}-${v}`}>{c.label[lang]}</label>
              </div>
            );
          })}
          <div class="choice choice-none">
            <input
              type="checkbox"
              id={`${name}-none`}
              checked={draft.none === true}
              onChange={(e) => setDraft({ picked: [], none: (e.currentTarget as HTMLInputElement).checked })}
              data-none=""
            />
            <label for={`${name}-none`}>{q.noneLabel[lang]}</label>
          </div>
        </fieldset>
      );
    case "country":
      return (
        <div class="field-group">
          <p id={`${name}-hint`} class="hint">
            {s.question.countryHint}
          </p>
          <CountryCombobox
            id={name}
            lang={lang}
            value={picked[0] ?? ""}
            onChange={(code) => setDraft({ picked: code ? [code] : [] })}
            labelledBy={TITLE_ID}
            describedBy={`${describedBy} ${name}-hint`}
            invalid={invalid}
            first
          />
        </div>
      );
    case "countries": {
      const slots = picked.length > 0 ? picked : [""];
      return (
        <fieldset class="countries" aria-labelledby={TITLE_ID} aria-describedby={describedBy}>
          <p id={`${name}-hint`} class="hint">
            {s.question.countryHint}
          </p>
          {slots.map((code, i) => (
            <div class="country-row" key={i}>
              <label for={`${name}-${i}`} id={`${name}-${i}-label`} class="country-label">
                {s.question.countryN(i + 1)}
              </label>
              <CountryCombobox
                id={`${name}-${i}`}
                labelledBy={`${name}-${i}-label`}
                lang={lang}
                value={code}
                disabled={draft.none === true}
                onChange={(c) => {
                  const next = [...slots];
                  next[i] = c;
                  setDraft({ picked: next, none: false });
                }}
                describedBy={`${describedBy} ${name}-hint`}
                invalid={invalid}
                first={i === 0}
              />
              {i > 0 && (
                <button
                  type="button"
                  class="button link"
                  onClick={() => setDraft({ picked: slots.filter((_, j) => j !== i) })}
                >
                  {s.question.removeCountry(s.question.countryN(i + 1))}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            class="button secondary"
            disabled={draft.none === true}
            onClick={() => setDraft({ picked: [...slots, ""] })}
            data-testid="add-country"
          >
            {s.question.addCountry}
          </button>
          {q.noneAllowed && (
            <div class="choice choice-none">
              <input
                type="checkbox"
                id={`${name}-none`}
                checked={draft.none === true}
                onChange={(e) =>
                  setDraft({ picked: [], none: (e.currentTarget as HTMLInputElement).checked })
                }
                data-none=""
              />
              <label for={`${name}-none`}>{s.question.none}</label>
            </div>
          )}
        </fieldset>
      );
    }
    case "date":
      return (
        <div class="field-group">
          <input
            type="date"
            id={name}
            class="input-date"
            aria-labelledby={TITLE_ID}
            autoComplete="off"
            min={q.field === "arrival" ? COVERAGE_START : undefined}
            max={q.field === "medicalExamDate" ? easternToday() : undefined}
            value={draft.text ?? ""}
            disabled={draft.none === true}
            onInput={(e) => setDraft({ ...draft, text: (e.currentTarget as HTMLInputElement).value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            data-answer-input=""
          />
          {q.withTime && (
            <>
              <label for={`${name}-time`} class="field-label">
                {s.question.timeLabel} <span class="hint">({s.question.timeHint})</span>
              </label>
              <input
                type="time"
                id={`${name}-time`}
                class="input-time"
                autoComplete="off"
                value={draft.time ?? ""}
                onInput={(e) => setDraft({ ...draft, time: (e.currentTarget as HTMLInputElement).value })}
                aria-invalid={invalid}
              />
            </>
          )}
          {q.noneLabel && (
            <div class="choice choice-none">
              <input
                type="checkbox"
                id={`${name}-none`}
                checked={draft.none === true}
                onChange={(e) => setDraft({ ...draft, none: (e.currentTarget as HTMLInputElement).checked })}
                data-none=""
              />
              <label for={`${name}-none`}>{q.noneLabel[lang]}</label>
            </div>
          )}
        </div>
      );
    case "number":
    case "text":
      return (
        <div class="field-group">
          <div class="input-with-unit">
            <input
              type="text"
              id={name}
              inputMode={q.kind === "number" ? (q.integer ? "numeric" : "decimal") : undefined}
              autoComplete="off"
              value={draft.text ?? ""}
              onInput={(e) => setDraft({ text: (e.currentTarget as HTMLInputElement).value })}
              aria-labelledby={q.kind === "number" ? `${TITLE_ID} ${name}-unit` : TITLE_ID}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              data-answer-input=""
            />
            {q.kind === "number" && (
              <span id={`${name}-unit`} class="unit">
                {q.unit[lang]}
              </span>
            )}
          </div>
          {q.kind === "text" && <p class="hint">{s.question.example(q.example)}</p>}
        </div>
      );
  }
}
