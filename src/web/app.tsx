/**
 * The web page: routing (one address per screen and per question, `?lang=…&view=…&q=…`, moved
 * through with the history API so Back and Forward work; the hash stays free for anchors), the
 * interview state (local storage only), and the wiring of the interview core (`nextQuestion`,
 * `whatWouldChange`) to the screens. The engine runs here, in the browser: no answer is ever sent
 * anywhere.
 *
 * A question's address shows that question: the one the plan asks next, or one answered before
 * (reached with Back, or "Change" on the result), shown with its answer. Answering it goes on to
 * whatever the plan asks next then, so questions a changed answer opens are asked.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Field } from "../contract/profile.js";
import { coreEngine as engine } from "../engine/core-engine.js";
import { nextQuestion } from "../interview/plan.js";
import { QUESTIONS } from "../interview/questions.js";
import { answer, dontKnow, type InterviewState, isSettled, skipOptional } from "../interview/state.js";
import { whatWouldChange } from "../interview/what-would-change.js";
import { whyWeAsk } from "../interview/why.js";
import { answerProblem, draftFrom } from "./answer-input.js";
import { STRINGS } from "./i18n/strings.js";
import { formatRoute, parseRoute, preferredLang, type Route, sameRoute } from "./route.js";
import { clearSaved, fresh, loadSaved, type Saved, saveSaved } from "./storage.js";
import { entryQuestion, liftingActions } from "./trip.js";
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

/** How many entries this page pushed on the browser's history before the current one. */
function depth(): number {
  const d = (window.history.state as { poeDepth?: unknown } | null)?.poeDepth;
  return typeof d === "number" ? d : 0;
}

function here(fallback: Route["lang"]): Route {
  return parseRoute(window.location.search, window.location.hash, fallback);
}

export function App() {
  const [route, setRoute] = useState<Route>(() =>
    here(preferredLang(navigator.languages ?? [navigator.language])),
  );
  const [saved, setSaved] = useState<Saved>(loadChecked);
  /** Set when an answer was given: the page then moves on to what the plan asks next. */
  const advance = useRef(false);
  const { lang, view } = route;
  const state = saved.state;

  const navigate = (to: Route, how: "push" | "replace" = "push") => {
    const url = formatRoute(to);
    if (how === "push") window.history.pushState({ poeDepth: depth() + 1 }, "", url);
    else window.history.replaceState({ poeDepth: depth() }, "", url);
    setRoute(to);
  };

  // Back and Forward.
  useEffect(() => {
    const onPop = () => setRoute(here(route.lang));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [route.lang]);

  // Links to the page's own screens (`?…`) move within the page instead of reloading it.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a");
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
        return;
      if (!a.getAttribute("href")?.startsWith("?")) return;
      e.preventDefault();
      const u = new URL(a.href);
      const to = parseRoute(u.search, "", lang);
      window.history.pushState({ poeDepth: depth() + 1 }, "", formatRoute(to) + u.hash);
      setRoute(to);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [lang]);

  useEffect(() => {
    // The canonical address (an older `#/<lang>/<view>` one becomes a query; an anchor is kept).
    const legacy = window.location.hash.startsWith("#/");
    const canonical = formatRoute(route);
    if (legacy || window.location.search !== canonical) {
      window.history.replaceState(
        { poeDepth: depth() },
        "",
        canonical + (legacy ? "" : window.location.hash),
      );
    }
    document.documentElement.lang = lang === "fr" ? "fr-CA" : "en-CA";
    const s = STRINGS[lang];
    // A question screen names its question in the title itself (question.tsx).
    if (view === "question") return;
    const part = { home: "", result: s.nav.result, rules: s.nav.rules }[view];
    document.title = part ? `${part} – ${s.appName}` : s.appName;
  }, [route, lang, view]);

  useEffect(() => saveSaved(storage(), saved), [saved]);

  const options = { lang, engine };
  const step = useMemo(() => nextQuestion(state, options), [state, lang]);
  const assessment = step.assessment;
  const changes = useMemo(
    () => (view === "result" && assessment.poe === "no" ? whatWouldChange(state.answers, options) : []),
    [state, lang, view, assessment.poe],
  );
  // No complete way to a "yes" yet (answers still open): the actions that lift a blocker on what is known.
  const lifting = useMemo(
    () =>
      view === "result" && assessment.poe === "no" && changes.length === 0
        ? liftingActions(state.answers, assessment, engine, lang)
        : [],
    [state, lang, view, assessment, changes],
  );
  const problem = (field: Field) => (value: unknown) =>
    answerProblem(field, value, state.answers, engine, lang, new Date());
  /** The arrival date comes first: the rules in force on that day apply to everything else. */
  const askArrival =
    state.answers.arrival === undefined &&
    !state.unknown.includes("arrival") &&
    !state.history.includes("arrival");
  /** What the eTA or visa advice needs (the travel mode, …): asked before "see the result now" is offered. */
  const entryField =
    step.kind === "ask" && step.optional
      ? entryQuestion(assessment.refine, (f) => isSettled(state, f))
      : undefined;
  /** The question the plan asks next; `undefined` when there is nothing more to ask. */
  const current: Field | undefined = askArrival
    ? "arrival"
    : (entryField ?? (step.kind === "ask" ? step.field : undefined));
  /** The question this address shows: its own when it is the next one or was answered, else the next one. */
  const shown: Field | undefined =
    view !== "question"
      ? undefined
      : route.field && (route.field === current || state.history.includes(route.field))
        ? route.field
        : current;
  const left = (f: Field) =>
    [...assessment.missing, ...assessment.refine].filter((x) => x !== f && !isSettled(state, x)).length;
  const settled = assessment.poe !== "unknown" && assessment.route !== "unknown";

  // Keep the address on the question shown; with nothing left to ask, show the result.
  useEffect(() => {
    if (view !== "question") return;
    if (advance.current) {
      advance.current = false;
      const next: Route = current ? { lang, view: "question", field: current } : { lang, view: "result" };
      if (!sameRoute(next, route)) navigate(next);
      return;
    }
    if (!shown) navigate({ lang, view: "result" }, "replace");
    else if (route.field !== shown) navigate({ lang, view: "question", field: shown }, "replace");
  }, [view, shown, current, state, lang]);

  const setState = (next: InterviewState) => setSaved((old) => ({ ...old, state: next }));
  const startOver = () => {
    clearSaved(storage());
    setSaved(fresh());
  };

  let content: preact.ComponentChildren;
  if (view === "rules") {
    content = <RulesView lang={lang} />;
  } else if (view === "home") {
    content = (
      <WelcomeView
        lang={lang}
        answered={state.history.length}
        onStart={() => navigate({ lang, view: "question" })}
        onStartOver={() => {
          startOver();
          navigate({ lang, view: "question" });
        }}
      />
    );
  } else if (view === "question" && shown) {
    const q = QUESTIONS[shown];
    const isCurrent = shown === current;
    const position = state.history.indexOf(shown);
    const s = STRINGS[lang].question;
    content = (
      <QuestionView
        key={shown}
        lang={lang}
        question={q}
        why={whyWeAsk(shown, state, assessment, options)}
        optional={isCurrent && step.kind === "ask" && step.optional && !askArrival && !entryField}
        settled={settled}
        progress={{ n: position >= 0 ? position + 1 : state.history.length + 1, left: left(shown) }}
        initial={state.unknown.includes(shown) ? {} : draftFrom(q, state.answers[shown])}
        problem={problem(shown)}
        {...(shown === "arrival"
          ? { dontKnowLabel: s.dontKnowArrival, dontKnowHelp: s.dontKnowArrivalHelp }
          : {})}
        onAnswer={(v) => {
          advance.current = true;
          setState(answer(state, shown, v as never));
        }}
        onDontKnow={() => {
          advance.current = true;
          setState(dontKnow(state, shown));
        }}
        onBack={() => {
          if (depth() > 0) return window.history.back();
          const before = position >= 0 ? state.history[position - 1] : state.history.at(-1);
          navigate(before ? { lang, view: "question", field: before } : { lang, view: "home" });
        }}
        onSeeResult={() => {
          setState(skipOptional(state));
          navigate({ lang, view: "result" });
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
        lifting={lifting}
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
          navigate({ lang, view: "question" });
        }}
        onEdit={(f) => navigate({ lang, view: "question", field: f })}
        onStartOver={() => {
          startOver();
          navigate({ lang, view: "home" });
        }}
      />
    );
  }

  return (
    <Layout route={{ ...route, ...(shown ? { field: shown } : {}) }} onForget={startOver}>
      {content}
    </Layout>
  );
}
