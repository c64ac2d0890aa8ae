/**
 * What changed between a saved assessment and a new one for the same facts, and why: the
 * outcome fields that differ, the items that appeared or went (with the rule and sources behind
 * each), the rulebook version and instant that differ, and the rules that came into or went out
 * of force between the two instants.
 *
 * @example
 * ```ts
 * const d = diffAssessments(saved.assessment, fresh, { rulesBefore, rulesAfter });
 * d.changes; // [{ field: "poe", from: "yes", to: "no" }, { field: "blockers", added: [...], removed: [] }]
 * ```
 */
import type { Assessment } from "../contract/assessment.js";
import { codeOf, listChanges } from "../engine/compare.js";
import type { RuleView } from "../engine/port.js";

type ListField = "blockers" | "documents" | "advisories" | "missing" | "refine";
const LIST_FIELDS: readonly ListField[] = ["blockers", "documents", "advisories", "missing", "refine"];

export type Change =
  | { field: "poe" | "route"; from: string; to: string }
  | { field: ListField; added: unknown[]; removed: unknown[] };

export interface Explanation {
  change: "added" | "removed";
  field: ListField;
  code: string;
  rule?: string;
  text?: string;
  sources?: string[];
}

export interface AssessmentDiff {
  changed: boolean;
  changes: Change[];
  why: {
    rulebook: { from: string; to: string } | null;
    asOf: { from: string; to: string } | null;
    rulesEntered: RuleView[];
    rulesLeft: RuleView[];
    explanations: Explanation[];
  };
}

function explain(change: "added" | "removed", field: ListField, item: unknown): Explanation {
  if (typeof item === "string") return { change, field, code: item };
  const i = item as { code: string; rule?: string; because?: string; text?: string; sources?: string[] };
  const text = i.because ?? i.text;
  return {
    change,
    field,
    code: i.code,
    ...(i.rule ? { rule: i.rule } : {}),
    ...(text ? { text } : {}),
    ...(i.sources ? { sources: i.sources } : {}),
  };
}

export function diffAssessments(
  before: Assessment,
  after: Assessment,
  rules: { before: readonly RuleView[]; after: readonly RuleView[] },
): AssessmentDiff {
  const changes: Change[] = [];
  const explanations: Explanation[] = [];
  if (before.poe !== after.poe) changes.push({ field: "poe", from: before.poe, to: after.poe });
  if (before.route !== after.route) changes.push({ field: "route", from: before.route, to: after.route });
  for (const field of LIST_FIELDS) {
    const d = listChanges<unknown>(before[field], after[field], codeOf);
    if (d.added.length || d.removed.length) {
      changes.push({ field, ...d });
      for (const x of d.added) explanations.push(explain("added", field, x));
      for (const x of d.removed) explanations.push(explain("removed", field, x));
    }
  }
  const beforeIds = new Set(rules.before.map((r) => r.id));
  const afterIds = new Set(rules.after.map((r) => r.id));
  return {
    changed: changes.length > 0,
    changes,
    why: {
      rulebook: before.rulebook !== after.rulebook ? { from: before.rulebook, to: after.rulebook } : null,
      asOf: before.asOf !== after.asOf ? { from: before.asOf, to: after.asOf } : null,
      rulesEntered: rules.after.filter((r) => !beforeIds.has(r.id)),
      rulesLeft: rules.before.filter((r) => !afterIds.has(r.id)),
      explanations,
    },
  };
}
