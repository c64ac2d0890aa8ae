/**
 * The page's address: `?lang=<lang>&view=<view>[&q=<field>]`, one address per screen and per
 * question, moved through with the history API so the browser's Back and Forward work. The query
 * holds only the screen, never an answer (answers stay in local storage). The hash is left to the
 * page's own anchors, so `?lang=en&view=rules#R-POE-09` links to one rule. Addresses of the older
 * form `#/<lang>/<view>` are still read.
 *
 * @example
 * ```ts
 * parseRoute("?lang=fr&view=result", ""); // { lang: "fr", view: "result" }
 * formatRoute({ lang: "en", view: "question", field: "permit" }); // "?lang=en&view=question&q=permit"
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { FIELDS, type Field } from "../contract/profile.js";

export const VIEWS = ["home", "question", "result", "rules"] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  lang: Lang;
  view: View;
  /** The question shown (question screens only). */
  field?: Field;
}

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const isView = (v: string | null): v is View => v !== null && (VIEWS as readonly string[]).includes(v);
const isLang = (l: string | null | undefined): l is Lang => l === "en" || l === "fr";

/** Reads the address (its query, or an older `#/<lang>/<view>` hash); anything unknown gives the home screen. */
export function parseRoute(search: string, hash = "", fallbackLang: Lang = "en"): Route {
  if (hash.startsWith("#/")) {
    const [, lang, segment = ""] = hash.slice(1).split("/");
    const view = isView(segment) ? segment : "home";
    return { lang: isLang(lang) ? lang : fallbackLang, view };
  }
  const q = new URLSearchParams(search);
  const lang = q.get("lang");
  const view = q.get("view");
  const field = q.get("q");
  const r: Route = { lang: isLang(lang) ? lang : fallbackLang, view: isView(view) ? view : "home" };
  if (r.view === "question" && field && FIELD_SET.has(field)) r.field = field as Field;
  return r;
}

/** The address of a screen, relative to the page (`?…`). */
export function formatRoute(r: Route): string {
  const q = new URLSearchParams({ lang: r.lang });
  if (r.view !== "home") q.set("view", r.view);
  if (r.view === "question" && r.field) q.set("q", r.field);
  return `?${q.toString()}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.lang === b.lang && a.view === b.view && a.field === b.field;
}

/** The language to start in when the address does not say: the browser's preference. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === "fr" || base === "en") return base;
  }
  return "en";
}
