/**
 * The texts of an assessment: its blockers, documents and advisories, each worded by the
 * language's catalogue with its rule's sources.
 */
import type { Advisory, Blocker, DocumentItem, Lang } from "../contract/assessment.js";
import type { AdvisoryCode } from "../contract/codes.js";
import type { Profile } from "../contract/profile.js";
import { messages } from "../i18n/index.js";
import { advisoryRules, blockerRules, documentRules, forForeignNational } from "../rulebook/index.js";
import type { Rule } from "../rulebook/rule.js";

type BlockerRule = Rule & { concludes: Extract<Rule["concludes"], { kind: "blocker" }> };

/**
 * The blocker rules an assessment lists: those that certainly apply, the first one of each code. A
 * certain Canadian citizen meets only `canadian-citizen` (the first blocker rule). While the
 * citizenships are unknown (`citizenshipUnknown`), every other blocker is read as it applies to a
 * foreign national, so a "no" that holds either way (a citizen needs no permit, anyone else is
 * barred) is still explained by the bar.
 */
export function certainBlockers(
  certain: (rule: Rule) => boolean,
  citizenshipUnknown: boolean,
): BlockerRule[] {
  const out: BlockerRule[] = [];
  const codes = new Set<string>();
  for (const wrapped of blockerRules) {
    const r = citizenshipUnknown ? forForeignNational(wrapped) : wrapped;
    if (r.concludes.kind !== "blocker" || codes.has(r.concludes.code) || !certain(r)) continue;
    if (r.concludes.code === "canadian-citizen") return [r as BlockerRule];
    codes.add(r.concludes.code);
    out.push(r as BlockerRule);
  }
  return out;
}

/** What an assessment lists besides its decisions, for the rules `certain` says apply. */
export interface Listed {
  blockers: Blocker[];
  documents: DocumentItem[];
  advisories: Advisory[];
  /** Adds a meta-rule's advisory (once per code). */
  addAdvisory: (rule: Rule) => void;
  /** The advisory codes listed so far. */
  advisoryCodes: ReadonlySet<AdvisoryCode>;
  /** Notes an advisory code as listed (for one a meta-rule words itself). */
  markAdvisory: (code: AdvisoryCode) => void;
}

/** Writes the blockers, documents and advisories that certainly apply, in `lang`. */
export function listed(profile: Profile, lang: Lang, certain: (rule: Rule) => boolean): Listed {
  const m = messages(lang);
  const ctx = { profile };
  const blockers: Blocker[] = certainBlockers(certain, profile.citizenships === undefined).map((r) => ({
    code: r.concludes.code,
    because: m.blockers[r.concludes.code](ctx),
    sources: urls(r),
    rule: r.id,
  }));

  const documents: DocumentItem[] = [];
  for (const r of documentRules) {
    if (r.concludes.kind !== "document" || !certain(r)) continue;
    documents.push({ code: r.concludes.code, text: m.documents[r.concludes.code](ctx) });
  }

  const advisories: Advisory[] = [];
  const advisoryCodes = new Set<AdvisoryCode>();
  const addAdvisory = (r: Rule) => {
    if (r.concludes.kind !== "advisory" || advisoryCodes.has(r.concludes.code)) return;
    advisoryCodes.add(r.concludes.code);
    advisories.push({
      code: r.concludes.code,
      text: m.advisories[r.concludes.code](ctx),
      sources: urls(r),
      rule: r.id,
    });
  };
  for (const r of advisoryRules) if (certain(r)) addAdvisory(r);
  const markAdvisory = (code: AdvisoryCode) => void advisoryCodes.add(code);
  return { blockers, documents, advisories, addAdvisory, advisoryCodes, markAdvisory };
}

/** A rule's source addresses, once each (computed once per rule; callers get their own copy). */
export function urls(rule: Rule): string[] {
  let list = URLS.get(rule);
  if (!list) {
    list = [...new Set(rule.sources.map((s) => s.url))];
    URLS.set(rule, list);
  }
  return list.slice();
}
const URLS = new Map<Rule, string[]>();
