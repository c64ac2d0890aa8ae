/**
 * The frame around every screen: skip link, header with the language switch, main landmark and
 * the privacy footer. The language switch only changes the address's language segment, so the
 * answers (kept in local storage) are untouched.
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Lang } from "../../contract/assessment.js";
import { STRINGS } from "../i18n/strings.js";
import { formatRoute, type Route } from "../route.js";

export function Layout(props: { route: Route; onForget: () => void; children: ComponentChildren }) {
  const { lang, view } = props.route;
  const s = STRINGS[lang];
  const [forgotten, setForgotten] = useState(false);
  const other: Lang = lang === "en" ? "fr" : "en";
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link (works without JS), but the hash is the router's, so focus moves by script */}
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {s.skipToContent}
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href={formatRoute({ lang, view: "home" })}>
            {s.appName}
          </a>
          <nav aria-label={s.navLabel}>
            <ul class="nav-list">
              <li>
                <a
                  href={formatRoute({ lang, view: "rules" })}
                  aria-current={view === "rules" ? "page" : undefined}
                >
                  {s.nav.rules}
                </a>
              </li>
              <li>
                <a
                  class="lang-switch"
                  href={formatRoute({ ...props.route, lang: other })}
                  lang={other}
                  hrefLang={other}
                  aria-label={s.switchLanguageLabel}
                  data-testid="lang-switch"
                >
                  {s.switchLanguage}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" class="wrap" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>{s.privacyDetail}</p>
          <p>
            <button
              type="button"
              class="button link"
              data-testid="forget"
              onClick={() => {
                props.onForget();
                setForgotten(true);
              }}
            >
              {s.forget}
            </button>
          </p>
          <p role="status" data-testid="forgotten">
            {forgotten ? s.forgotten : ""}
          </p>
          <p>{s.welcome.notAdvice}</p>
          <p data-testid="not-goc">{s.notGoc}</p>
        </div>
      </footer>
    </>
  );
}

/** A hash link would change the route; move focus to the main region instead. */
function skipToMain(e: Event) {
  e.preventDefault();
  document.getElementById("main")?.focus();
}
