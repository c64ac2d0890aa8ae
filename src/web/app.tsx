/**
 * The web page: routing (`#/<lang>/<view>`), the interview state (local storage only), and the
 * wiring of the interview core (`nextQuestion`, `whatWouldChange`) to the screens. The engine runs
 * here, in the browser: no answer is ever sent anywhere.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Field } from "../contract/profile.js";
import { realEngine as engine } from "../engine/engine.js";
import { nextQuestion } from "../interview/plan.js";
import { QUESTIONS } from "../interview/questions.js";
import { answer, back, dontKnow, type InterviewState, isSettled, skipOptional } from "../interview/state.js";
import { whatWouldChange } from "../interview/what-would-change.js";
import { whyWeAsk } from "../interview/why.js";
import { type Draft, draftFrom } from "./answer-input.js";
import { STRINGS } from "./i18n/strings.js";
import { formatRoute, parseRoute, preferredLang, type Route, type View } from "./route.js";
import { clearSaved, fresh, loadSaved, type Saved, saveSaved } from "./storage.js";
import { Layout } from "./views/layout.js";
import { QuestionView } from "./views/question.js";
import { ResultView } from "./views/result.js";
import { RulesView } from "./views/rules.js";
import { WelcomeView } from "./views/welcome.js";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Stored answers the engine no longer accepts (e.g. after a contract change) are dropped. */
function loadChecked(): Saved {
  const saved = loadSaved(storage());
  return engine.assess(saved.state.answers).ok ? saved : fresh();
}

export function App() {
  const [route, setRoute] = useState<Route>(() =>
    parseRoute(window.location.hash, preferredLang(navigator.languages ?? [navigator.language])),
  );
  const [saved, setSaved] = useState<Saved>(loadChecked);
  /** A field being changed from the result page's summary. */
  const [editing, setEditing] = useState<Field | undefined>(undefined);
  /** The answer to show again after "Back". */
  const [prefill, setPrefill] = useState<{ field: Field; value: unknown } | undefined>(undefined);
  const { lang, view } = route;
  const state = saved.state;

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash, route.lang));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [route.lang]);

  useEffect(() => {
    const canonical = formatRoute(route);
    if (window.location.hash !== canonical) window.history.replaceState(null, "", canonical);
    document.documentElement.lang = lang === "fr" ? "fr-CA" : "en-CA";
    const s = STRINGS[lang];
    const part = { home: "", question: "", result: s.nav.result, rules: s.nav.rules }[view];
    document.title = part ? `${part} – ${s.appName}` : s.appName;
  }, [route, lang, view]);

  useEffect(() => saveSaved(storage(), saved), [saved]);

  // Leaving the question screen (e.g. with the browser's back button) ends an edit.
  useEffect(() => {
    if (view !== "question") setEditing(undefined);
  }, [view]);

  const options = { lang, engine };
  const step = useMemo(() => nextQuestion(state, options), [state, lang]);
  const assessment = step.assessment;
  const changes = useMemo(
    () => (view === "result" && assessment.poe === "no" ? whatWouldChange(state.answers, options) : []),
    [state, lang, view, assessment.poe],
  );

  const go = (v: View) => {
    window.location.hash = formatRoute({ lang, view: v });
  };
  const setState = (next: InterviewState) => setSaved((old) => ({ ...old, state: next }));

  // Every decisive question answered: the interview has nothing more to ask.
  useEffect(() => {
    if (view === "question" && !editing && step.kind === "done") {
      window.history.replaceState(null, "", formatRoute({ lang, view: "result" }));
      setRoute({ lang, view: "result" });
    }
  }, [view, editing, step.kind, lang]);

  let content: preact.ComponentChildren;
  if (view === "rules") {
    content = <RulesView lang={lang} />;
  } else if (view === "home") {
    content = (
      <WelcomeView
        lang={lang}
        answered={state.history.length}
        onStart={() => go("question")}
        onStartOver={() => {
          clearSaved(storage());
          setSaved(fresh());
          setPrefill(undefined);
          go("question");
        }}
      />
    );
  } else if (view === "question" && editing) {
    const q = QUESTIONS[editing];
    const done = () => {
      setEditing(undefined);
      go("result");
    };
    content = (
      <QuestionView
        key={`edit-${editing}`}
        lang={lang}
        question={q}
        why={whyWeAsk(editing, state, assessment, options)}
        optional={false}
        progress={{ n: state.history.length, total: state.history.length }}
        initial={draftFrom(q, state.answers[editing])}
        onAnswer={(v) => {
          setState(answer(state, editing, v as never));
          done();
        }}
        onDontKnow={() => {
          setState(dontKnow(state, editing));
          done();
        }}
        onBack={done}
        onSeeResult={done}
      />
    );
  } else if (view === "question" && step.kind === "ask") {
    const remaining = (step.optional ? assessment.refine : assessment.missing).filter(
      (f) => !isSettled(state, f),
    );
    const n = state.history.length + 1;
    const initial: Draft = prefill?.field === step.field ? draftFrom(step.question, prefill.value) : {};
    content = (
      <QuestionView
        key={`${step.field}-${state.history.length}`}
        lang={lang}
        question={step.question}
        why={step.why}
        optional={step.optional}
        progress={{ n, total: state.history.length + Math.max(1, remaining.length) }}
        initial={initial}
        onAnswer={(v) => {
          setPrefill(undefined);
          setState(answer(state, step.field, v as never));
        }}
        onDontKnow={() => {
          setPrefill(undefined);
          setState(dontKnow(state, step.field));
        }}
        onBack={() => {
          if (state.history.length === 0) return go("home");
          const b = back(state);
          if (b.field) setPrefill({ field: b.field, value: b.wasUnknown ? undefined : b.previous });
          setState(b.state);
        }}
        onSeeResult={() => {
          setState(skipOptional(state));
          go("result");
        }}
      />
    );
  } else {
    const openDecisive = assessment.missing.filter((f) => !isSettled(state, f));
    content = (
      <ResultView
        lang={lang}
        assessment={assessment}
        state={state}
        openDecisive={openDecisive}
        openRefine={assessment.refine.filter((f) => !isSettled(state, f))}
        changes={changes}
        checked={saved.checked}
        onToggle={(code, on) =>
          setSaved((old) => ({
            ...old,
            checked: on
              ? [...old.checked.filter((c) => c !== code), code]
              : old.checked.filter((c) => c !== code),
          }))
        }
        onContinue={() => {
          setState({ ...state, skipRefine: false });
          go("question");
        }}
        onEdit={(f) => {
          setEditing(f);
          go("question");
        }}
        onStartOver={() => {
          clearSaved(storage());
          setSaved(fresh());
          setPrefill(undefined);
          go("home");
        }}
      />
    );
  }

  return <Layout route={route}>{content}</Layout>;
}
