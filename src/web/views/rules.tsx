/**
 * "How we decide": generated from the rulebook, never written by hand. Each rule shows its title
 * in the page's language, what it concludes, its effective window, its sources and when it was last
 * checked. Rules are grouped by topic, in rulebook order.
 */
import { useEffect, useState } from "preact/hooks";
import type { Lang } from "../../contract/assessment.js";
import { COVERAGE_START, RULEBOOK_VERSION, rulebook } from "../../engine/index.js";
import { messages } from "../../i18n/index.js";
import { fold } from "../../interview/countries.js";
import { formatDate, STRINGS } from "../i18n/strings.js";
import { localSource } from "../sources.js";
import { Heading } from "./heading.js";
import { SourceLink } from "./source-link.js";

type Rule = (typeof rulebook)[number];

export function effectiveText(lang: Lang, e: Rule["effective"]): string {
  const r = STRINGS[lang].rules;
  const from = e.from ? formatDate(lang, e.from) : undefined;
  const to = e.to ? formatDate(lang, e.to) : undefined;
  if (from && to) return r.between(from, to);
  if (from) return r.from(from);
  if (to) return r.until(to);
  return r.always;
}

export function RulesView(props: { lang: Lang }) {
  const { lang } = props;
  const s = STRINGS[lang].rules;
  const [filter, setFilter] = useState("");
  const topics: Rule["topic"][] = [];
  for (const rule of rulebook) if (!topics.includes(rule.topic)) topics.push(rule.topic);
  const words = fold(filter).split(/\s+/).filter(Boolean);
  const matches = (r: Rule) => {
    if (words.length === 0) return true;
    const text = fold(
      [r.id, r.title[lang], STRINGS[lang].rules.topics[r.topic], ...r.sources.map((x) => x.provision)].join(
        " ",
      ),
    );
    return words.every((w) => text.includes(w));
  };
  const shown = rulebook.filter(matches);
  // A link to one rule (`…#R-POE-09`): bring it into view and move focus to it.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const el = id ? document.getElementById(id) : null;
    if (el) {
      el.scrollIntoView();
      el.querySelector<HTMLElement>("h3")?.focus();
    }
  }, []);
  return (
    <article class="rules">
      <Heading>{s.title}</Heading>
      <p>{s.intro}</p>
      <p class="muted">
        {s.version(RULEBOOK_VERSION)} {s.count(rulebook.length)} {s.covered(formatDate(lang, COVERAGE_START))}
      </p>
      <nav class="rules-contents" aria-labelledby="contents-title">
        <h2 id="contents-title">{s.contents}</h2>
        <ul>
          {topics.map((topic) => (
            <li key={topic}>
              <a href={`#topic-${topic}`}>{STRINGS[lang].rules.topics[topic]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="rules-filter">
        <label for="rules-filter" class="field-label">
          {s.filter}
        </label>
        <input
          id="rules-filter"
          type="search"
          value={filter}
          onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
          aria-describedby="rules-filter-count"
          data-testid="rules-filter"
        />
        <p id="rules-filter-count" role="status" class="muted">
          {words.length > 0 ? s.showing(shown.length, rulebook.length) : ""}
        </p>
      </div>
      {topics.map((topic) => (
        <section
          key={topic}
          aria-labelledby={`topic-${topic}`}
          hidden={!shown.some((r) => r.topic === topic)}
        >
          <h2 id={`topic-${topic}`}>{STRINGS[lang].rules.topics[topic]}</h2>
          <ul class="rule-list">
            {rulebook
              .filter((r) => r.topic === topic)
              .map((r) => (
                <li key={r.id} class="rule" id={r.id} data-rule={r.id} hidden={!matches(r)}>
                  <h3 tabIndex={-1}>{r.title[lang]}</h3>
                  <dl>
                    <dt>{s.concludes}</dt>
                    <dd>{messages(lang).ruleKind[r.concludes.kind]}</dd>
                    <dt>{s.effective}</dt>
                    <dd>
                      {effectiveText(lang, r.effective)}
                      {r.effective.note && (
                        // The rulebook's notes are in English only.
                        <span class="muted" lang={lang === "fr" ? "en" : undefined}>
                          {" "}
                          ({r.effective.note})
                        </span>
                      )}
                    </dd>
                    <dt>{s.lastVerified}</dt>
                    <dd>{formatDate(lang, r.lastVerified)}</dd>
                    <dt>{s.sources}</dt>
                    <dd>
                      <ul class="sources">
                        {r.sources.map((src) => (
                          <li key={src.url + src.provision}>
                            <SourceLink src={localSource(src.url, lang, src.provision)} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </dl>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
