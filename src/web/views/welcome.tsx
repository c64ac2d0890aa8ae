import type { Lang } from "../../contract/assessment.js";
import { STRINGS } from "../i18n/strings.js";
import { Heading } from "./heading.js";

/** The first screen: what this is, that it is private, and Start (or Continue / Start over). */
export function WelcomeView(props: {
  lang: Lang;
  answered: number;
  onStart: () => void;
  onStartOver: () => void;
}) {
  const s = STRINGS[props.lang];
  const w = s.welcome;
  return (
    <article class="welcome">
      <Heading focusKey="home">{w.title}</Heading>
      <p class="lead">{w.intro}</p>
      <p class="privacy-note">{s.privacy}</p>
      <p>{w.notAdvice}</p>
      {props.answered > 0 && <p>{w.answered(props.answered)}</p>}
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onStart} data-testid="start">
          {props.answered > 0 ? w.resume : w.start}
        </button>
        {props.answered > 0 && (
          <button type="button" class="button secondary" onClick={props.onStartOver} data-testid="start-over">
            {w.startOver}
          </button>
        )}
      </div>
    </article>
  );
}
