/**
 * Re-assessing a saved record: the service behind `POST /assessments/:id/reassess` (and the
 * recheck of many). It takes the saved facts, assesses them again under the current rulebook (at
 * the saved arrival, or a new one), compares the two answers with the rules that made the
 * difference, and by default keeps the re-check as a new record linked to the old one.
 *
 * @example
 * ```ts
 * const r = await reassessRecord({ engine, store, now: new Date() }, saved, { lang: "fr", save: true });
 * if (r.kind === "ok") console.log(r.reply.changed);
 * ```
 */
import type { InputError, Lang } from "../contract/assessment.js";
import type { Engine } from "../engine/port.js";
import {
  type AssessmentStore,
  type SavedAssessment,
  type SavedAssessmentSummary,
  UnknownRecordError,
} from "../store/types.js";
import { diffAssessments } from "./diff.js";

export interface ReassessOptions {
  /** Assess as if arriving at this instant; default the profile's own arrival. */
  arrival?: string | undefined;
  /** Default: the record's language. */
  lang?: Lang | undefined;
  /** Keep the re-check as a new linked record (default true). */
  save?: boolean | undefined;
  /** The tenant the re-check is saved for (the record's own). */
  tenant?: string | undefined;
}

export type ReassessReply = {
  id: string;
  saved: SavedAssessmentSummary | null;
  changed: boolean;
  before: { rulebook: string; asOf: string; assessment: SavedAssessment["assessment"] };
  after: { rulebook: string; asOf: string; assessment: SavedAssessment["assessment"] };
  changes: ReturnType<typeof diffAssessments>["changes"];
  why: ReturnType<typeof diffAssessments>["why"];
};

export type ReassessResult =
  | { kind: "ok"; reply: ReassessReply; record: SavedAssessment | null }
  /** The engine refused the profile with the new arrival (paths as the engine gives them). */
  | { kind: "invalid"; errors: readonly InputError[] }
  /** The record was deleted meanwhile. */
  | { kind: "gone" };

export interface ReassessDeps {
  engine: Engine;
  store: AssessmentStore;
  now: Date;
}

export async function reassessRecord(
  { engine, store, now }: ReassessDeps,
  saved: SavedAssessment,
  options: ReassessOptions,
): Promise<ReassessResult> {
  const lang = options.lang ?? saved.lang;
  const profile =
    options.arrival === undefined
      ? saved.profile
      : { ...(saved.profile as Record<string, unknown>), arrival: options.arrival };
  const result = engine.assess(profile, { lang, now });
  if (!result.ok) return { kind: "invalid", errors: result.errors };
  const fresh = result.assessment;
  const diff = diffAssessments(saved.assessment, fresh, {
    before: rulesAt(engine, saved.asOf),
    after: rulesAt(engine, fresh.asOf),
  });
  // The re-check is itself advice: by default it is kept as a new record linked to this one, so
  // the firm's trace shows when it was re-checked, under which rulebook, and with what result.
  let record: SavedAssessment | null = null;
  if (options.save !== false) {
    try {
      record = await store.save(
        {
          clientRef: saved.clientRef,
          lang,
          profile,
          assessment: fresh,
          reassessmentOf: saved.id,
          ...(options.tenant ? { tenant: options.tenant } : {}),
        },
        now,
      );
    } catch (error) {
      if (error instanceof UnknownRecordError) return { kind: "gone" }; // deleted meanwhile
      throw error;
    }
  }
  return {
    kind: "ok",
    record,
    reply: {
      id: saved.id,
      saved: record ? summaryOf(record) : null,
      changed: diff.changed,
      before: { rulebook: saved.rulebook, asOf: saved.asOf, assessment: saved.assessment },
      after: { rulebook: fresh.rulebook, asOf: fresh.asOf, assessment: fresh },
      changes: diff.changes,
      why: diff.why,
    },
  };
}

export function summaryOf(record: SavedAssessment): SavedAssessmentSummary {
  const { profile: _profile, assessment: _assessment, ...summary } = record;
  return summary;
}

/**
 * The rules in force at a saved assessment's instant. A saved `asOf` the current rulebook cannot
 * read (none should exist: every one was written by the engine) is a fault, not an empty list.
 */
function rulesAt(engine: Engine, asOf: string) {
  return engine.rules(asOf);
}
