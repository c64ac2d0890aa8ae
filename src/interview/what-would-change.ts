/**
 * "What would change the answer": when `poe` is `no`, the smallest sets of changes a traveller can
 * make before travelling (get the LMIA issued, take the medical exam, have the employer complete the
 * offer, book a CBSA appointment, …) that would make it `yes`, or at least open a better route. Found
 * by search: each candidate set is applied to the profile and assessed again, so the answer always
 * agrees with the engine. Facts nobody can change (citizenship, age) are never candidates, and nothing
 * that would sidestep a rule (such as coming back through another country) is ever suggested.
 *
 * @example
 * ```ts
 * const options = whatWouldChange({ citizenships: ["AU"], permit: "lmia", lmiaIssued: false, … }, { lang: "en", engine });
 * options[0]; // { changes: [{ field: "lmiaIssued", value: true, action: "Wait until …" }], result: { poe: "yes", … }, satisfies: [{ id: "R-POE-04", … }] }
 * ```
 */
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Poe, RouteAnswer } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";
import type { Decided } from "../engine/index.js";
import type { Engine } from "../engine/port.js";
import { type ActionStrings, actions as en } from "../i18n/en.js";
import { actions as fr } from "../i18n/fr.js";
import { arrivalDateOf } from "./plan.js";
import type { Text } from "./questions.js";
import type { WhyRule } from "./why.js";

/** Something a traveller (or their employer) can do before travelling, as a profile change. */
export interface Action {
  field: Field;
  /** The value the profile takes once done. */
  value: (profile: Profile) => Profile[Field];
  text: Text;
  /**
   * Whether the action is possible given the other changes: e.g. a Letter of Introduction needs an
   * online application that can be approved, so not while the permit has no route at all (an LMIA
   * not issued, an employer's incomplete offer).
   */
  possible?: (withoutThis: Decided) => boolean;
}

/** An action's words in every language (the catalogue's `actions`). */
const say = (field: keyof ActionStrings): Text => ({ en: en[field], fr: fr[field] });

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The actionable facts. Deliberately absent: citizenships, passports, age, residence, where one
 * arrives from or how, and whether one is in Canada: not for a person to change to fit a rule.
 */
export const ACTIONS: readonly Action[] = [
  {
    field: "lmiaIssued",
    value: () => true,
    text: say("lmiaIssued"),
  },
  {
    field: "jobOffer",
    value: () => true,
    text: say("jobOffer"),
  },
  {
    field: "complianceFeePaid",
    value: () => true,
    text: say("complianceFeePaid"),
  },
  {
    field: "medicalExamDate",
    // Done shortly before travelling: the certificate must rest on an exam within the last 12 months.
    value: (p) => daysBefore(arrivalDateOf(p), 14),
    text: say("medicalExamDate"),
  },
  {
    field: "caqAttestation",
    value: () => true,
    text: say("caqAttestation"),
  },
  {
    field: "cbsaAppointment",
    value: () => true,
    text: say("cbsaAppointment"),
  },
  {
    field: "iecInvitation",
    value: () => true,
    text: say("iecInvitation"),
  },
  {
    field: "letterOfIntroduction",
    value: () => true,
    text: say("letterOfIntroduction"),
    possible: (withoutThis) => withoutThis.route !== "none",
  },
];

export interface Change {
  field: Field;
  value: unknown;
  /** What to do, in plain words. */
  action: string;
}

export interface ChangeOption {
  changes: Change[];
  /** The answer once these changes are made. */
  result: { poe: Poe; route: RouteAnswer };
  /** The rules whose blockers these changes lift, with their sources. */
  satisfies: WhyRule[];
}

export interface WhatWouldChangeOptions {
  lang: Lang;
  engine: Engine;
  /** Largest set of changes to try (default 3). */
  maxSize?: number;
  /**
   * Try only the actions the engine says can matter (default true): the profile is assessed once
   * with every actionable field unknown, and an action whose field is not in that assessment's
   * `missing` cannot change `poe` or `route` in any combination (docs/contract.md §3: `missing` is exact),
   * so no set containing it can be a smallest change. `false` tries every combination (for tests).
   */
  prune?: boolean;
  /** The profile's own assessment, when the caller has it already (same language and clock). */
  base?: Assessment;
  now?: Date;
}

/** An assessment's decisions, as the engine's `decide` gives them. */
function decidedOf(a: Assessment): Decided;
function decidedOf(a: Assessment | undefined): Decided | undefined;
function decidedOf(a: Assessment | undefined): Decided | undefined {
  return a && { poe: a.poe, route: a.route, missing: a.missing, blockerRules: a.blockers.map((b) => b.rule) };
}

/** How good an outcome is: `poe` yes, then any route, then no route at all. */
function score(a: { poe: Poe; route: RouteAnswer }): number {
  if (a.poe === "yes") return 3;
  if (a.route === "none" || a.route === "unknown") return 1;
  return 2;
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of subsets(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

/**
 * The smallest sets of actionable changes that would make `poe` `yes` (or open a better route), each
 * with the rules it satisfies. Empty when `poe` is not `no`, or when nothing actionable helps.
 */
export function whatWouldChange(profile: Profile, options: WhatWouldChangeOptions): ChangeOption[] {
  const settings = { lang: options.lang, ...(options.now ? { now: options.now } : {}) };
  const run = (p: Profile): Assessment | undefined => {
    const r = options.engine.assess(p, settings);
    return r.ok ? r.assessment : undefined;
  };
  const base = options.base ?? run(profile);
  if (base?.poe !== "no") return [];
  // The input has an assessment, so it is valid; every variant below is it with valid values set
  // or fields left out, so the engine need not validate each one again. Only the variants'
  // decisions are read, so the engine's `decide` (no texts) serves when it has one.
  const { assessValid, decide } = options.engine;
  const runVariant: (p: Profile) => Decided | undefined = decide
    ? (p) => decide(p, settings)
    : (p) => decidedOf(assessValid ? assessValid(p, settings) : run(p));
  // With the route still open, only a "yes" at the border counts as a change for the better.
  const baseScore = base.route === "unknown" ? 2 : score(base);
  // Each action's value for this profile, worked out once (a medical exam's date is a date sum).
  const target = new Map(ACTIONS.map((a) => [a, a.value(profile)]));
  const targetOf = (a: Action) => target.get(a);
  let applicable = ACTIONS.filter((a) => profile[a.field] !== targetOf(a));
  if (options.prune !== false) {
    const open: Profile = { ...profile };
    for (const a of applicable) delete open[a.field];
    const relaxed = options.engine.missingOf
      ? options.engine.missingOf(open, settings)
      : runVariant(open)?.missing;
    if (relaxed) applicable = applicable.filter((a) => relaxed.includes(a.field));
  }
  const found: { set: Action[]; score: number; assessment: Decided }[] = [];
  // The decisions of each set of changes tried, by set (a bit per applicable action). Sets are
  // tried smallest first, so a set without one of its actions (what `possible` looks at) has
  // always been decided already; without any, it is the profile itself.
  const bit = new Map(applicable.map((a, i) => [a, 1 << i]));
  const decided = new Map<number, Decided | undefined>([[0, decidedOf(base)]]);
  const decisionsOf = (set: readonly Action[]): Decided | undefined => {
    const key = set.reduce((k, a) => k | bit.get(a)!, 0);
    if (decided.has(key)) return decided.get(key);
    const changed: Profile = { ...profile };
    for (const a of set) (changed as Record<string, unknown>)[a.field] = targetOf(a);
    const after = runVariant(changed);
    decided.set(key, after);
    return after;
  };
  const withoutAction = (set: readonly Action[], a: Action): Decided =>
    decisionsOf(set.filter((x) => x !== a)) ?? decidedOf(base);
  for (let size = 1; size <= (options.maxSize ?? 3); size++) {
    for (const set of subsets(applicable, size)) {
      const after = decisionsOf(set);
      if (!after || after.poe === "unknown" || after.route === "unknown") continue;
      if (!set.every((a) => !a.possible || a.possible(withoutAction(set, a)))) continue;
      const s = score(after);
      if (s <= baseScore) continue;
      // Minimal: no smaller set already found reaches an outcome at least as good with a subset of these changes.
      if (found.some((f) => f.score >= s && f.set.every((a) => set.includes(a)))) continue;
      found.push({ set, score: s, assessment: after });
    }
  }
  const rules = new Map(
    options.engine.rulesInForce(profile.arrival ?? options.now ?? new Date()).map((r) => [r.id, r]),
  );
  const lifted = (after: Decided): WhyRule[] => {
    const still = new Set(after.blockerRules);
    return base.blockers
      .filter((b) => !still.has(b.rule))
      .map((b) => {
        const r = rules.get(b.rule);
        const src = r?.sources[0];
        return {
          id: b.rule,
          title: r?.title[options.lang] ?? b.because,
          provision: src?.provision ?? "",
          url: src?.url ?? b.sources[0] ?? "",
          effect: "blocker" as const,
        };
      })
      .filter((w, i, all) => all.findIndex((x) => x.id === w.id) === i);
  };
  return found
    .sort((a, b) => b.score - a.score || a.set.length - b.set.length)
    .map((f) => ({
      changes: f.set.map((a) => ({ field: a.field, value: targetOf(a), action: a.text[options.lang] })),
      result: { poe: f.assessment.poe, route: f.assessment.route },
      satisfies: lifted(f.assessment),
    }));
}
