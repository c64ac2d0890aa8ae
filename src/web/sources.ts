/**
 * A source link in the reader's language: on the French page, the official French version of the
 * source when the rulebook records one (laws-lois `/fra/`, the Canada Gazette and CBSA `-fra`
 * pages, canada.ca `/fr/` and newswire `/fr/` pages), else the English page with its link text marked as English (WCAG 3.1.2) and a note
 * saying so in French ("en anglais").
 *
 * @example
 * ```ts
 * localSource("https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-198.html", "fr");
 * // { url: "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-198.html", label: "RIPR 198(2)(c)", lang: undefined }
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import { rulebook } from "../engine/index.js";
import { STRINGS } from "./i18n/strings.js";

type Source = (typeof rulebook)[number]["sources"][number];

const BY_URL = new Map<string, Source>();
/** One URL is cited for several provisions (IRPR 30(1)(a), 30(3)): each has its own French label. */
const BY_CITATION = new Map<string, Source>();
const citation = (url: string, provision: string) => `${url}\n${provision}`;
for (const r of rulebook)
  for (const s of r.sources) {
    if (!BY_URL.has(s.url)) BY_URL.set(s.url, s);
    if (!BY_CITATION.has(citation(s.url, s.provision))) BY_CITATION.set(citation(s.url, s.provision), s);
  }

export interface LocalSource {
  url: string;
  label: string;
  /** The link text's language when it differs from the page's. */
  lang: string | undefined;
  /** Said after the link when the source exists only in another language than the page's. */
  note?: string;
}

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * The link for `url` (an English source URL from the engine) on a page in `lang`; `provision`, the
 * English provision cited, picks that citation's French label when the rulebook has it.
 */
export function localSource(url: string, lang: Lang, provision?: string): LocalSource {
  const src =
    (provision === undefined ? undefined : BY_CITATION.get(citation(url, provision))) ?? BY_URL.get(url);
  if (lang === "fr" && src?.fr) return { url: src.fr.url, label: src.fr.provision, lang: undefined };
  const label = provision || src?.provision || host(url);
  return lang === "fr"
    ? { url, label, lang: "en", note: STRINGS.fr.result.inEnglish }
    : { url, label, lang: undefined };
}

/** The link for a source the page holds itself (not through a rule's citation), e.g. a fee's provision. */
export function localOf(src: Source, lang: Lang): LocalSource {
  if (lang === "fr" && src.fr) return { url: src.fr.url, label: src.fr.provision, lang: undefined };
  return lang === "fr"
    ? { url: src.url, label: src.provision, lang: "en", note: STRINGS.fr.result.inEnglish }
    : { url: src.url, label: src.provision, lang: undefined };
}
