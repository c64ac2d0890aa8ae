/**
 * "Why we ask": the rules a question can still decide, named in plain words with their source.
 * Derived, not written: a rule qualifies when it is in force at arrival, can read the field (its
 * `deps`), and its outcome still depends on the answer (trying representative answers shows it
 * firing for some and not others). When no such rule shows up one step ahead (the field matters only
 * together with later answers), the in-force rules that read the field and have not fired yet are
 * named instead.
 *
 * @example
 * ```ts
 * const why = whyWeAsk("lmiaIssued", state, assessment, { lang: "en", engine });
 * why[0]; // { id: "R-POE-04", title: "…", provision: "IRPR 198(2)(a)", url: "https://…", effect: "blocker" }
 * ```
 */
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Field } from "../contract/profile.js";
import type { Engine, RuleInfo } from "../engine/port.js";
import { easternDateOf, easternToday } from "../rulebook/time.js";
import { sampleAnswers } from "./samples.js";
import type { InterviewState } from "./state.js";

/** What "why we ask" needs of the planner's options (`PlanOptions` has them all). */
export interface WhyOptions {
  lang: Lang;
  engine: Engine;
  now?: Date;
}

export interface WhyRule {
  id: string;
  /** The rule's title in the requested language. */
  title: string;
  provision: string;
  url: string;
  effect: "blocker" | "advisory" | "document";
}

const EFFECT_ORDER = { blocker: 0, advisory: 1, document: 2 } as const;

function firedRules(a: Assessment): Set<string> {
  const ids = new Set<string>();
  for (const b of a.blockers) if (b.rule) ids.add(b.rule);
  for (const x of a.advisories) if (x.rule) ids.add(x.rule);
  return ids;
}

function toWhy(rule: RuleInfo, lang: Lang): WhyRule {
  const source = rule.sources[0];
  const kind = rule.concludes.kind;
  return {
    id: rule.id,
    title: rule.title[lang],
    provision: source?.provision ?? "",
    url: source?.url ?? "",
    effect: kind === "blocker" || kind === "document" ? kind : "advisory",
  };
}

/** At most `limit` rules the answer to `field` can still decide, blockers first. */
export function whyWeAsk(
  field: Field,
  state: InterviewState,
  assessment: Assessment,
  options: WhyOptions,
  limit = 2,
): WhyRule[] {
  const asOf = state.answers.arrival ?? options.now ?? new Date();
  const reading = options.engine.rulesInForce(asOf).filter((r) => r.deps.has(field));
  if (reading.length === 0) return [];
  const arrivalDate = typeof asOf === "string" ? easternDateOf(asOf) : easternToday(asOf);
  const now = firedRules(assessment);
  let union = new Set<string>();
  let inter: Set<string> | undefined;
  for (const value of sampleAnswers(field, arrivalDate)) {
    const r = options.engine.assess(
      { ...state.answers, [field]: value },
      { lang: options.lang, ...(options.now ? { now: options.now } : {}) },
    );
    if (!r.ok) continue;
    const fired = firedRules(r.assessment);
    union = new Set([...union, ...fired]);
    inter = inter === undefined ? fired : new Set([...inter].filter((id) => fired.has(id)));
  }
  const varying = new Set([...union].filter((id) => !inter?.has(id)));
  let chosen = reading.filter((r) => varying.has(r.id));
  if (chosen.length === 0) chosen = reading.filter((r) => !now.has(r.id));
  return chosen
    .sort(
      (a, b) =>
        EFFECT_ORDER[toWhy(a, options.lang).effect] - EFFECT_ORDER[toWhy(b, options.lang).effect] ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit)
    .map((r) => toWhy(r, options.lang));
}
