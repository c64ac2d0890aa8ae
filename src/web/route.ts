/**
 * The page's address: `#/<lang>/<view>`. The hash never reaches a server, so the answers can stay
 * private while the language and the screen survive a reload and can be bookmarked.
 *
 * @example
 * ```ts
 * parseRoute("#/fr/result"); // { lang: "fr", view: "result" }
 * formatRoute({ lang: "en", view: "rules" }); // "#/en/rules"
 * ```
 */
import type { Lang } from "../contract/assessment.js";

export const VIEWS = ["home", "question", "result", "rules"] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  lang: Lang;
  view: View;
}

const SEGMENT: Record<View, string> = { home: "", question: "question", result: "result", rules: "rules" };

/** Reads a hash; anything unknown falls back to the home screen in `fallbackLang`. */
export function parseRoute(hash: string, fallbackLang: Lang = "en"): Route {
  const [, lang, segment = ""] = hash.replace(/^#/, "").split("/");
  const l: Lang = lang === "fr" || lang === "en" ? lang : fallbackLang;
  const view = (Object.keys(SEGMENT) as View[]).find((v) => SEGMENT[v] === segment) ?? "home";
  return { lang: l, view };
}

export function formatRoute(r: Route): string {
  const seg = SEGMENT[r.view];
  return seg ? `#/${r.lang}/${seg}` : `#/${r.lang}/`;
}

/** The language to start in when the address does not say: the browser's preference. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === "fr" || base === "en") return base;
  }
  return "en";
}
