/**
 * "Whose advice changed": re-checks a tenant's saved records, one at a time as the store's export
 * walk gives them (memory does not grow with the number of records), each with the reassess
 * service, and yields a line for each record whose answer changed (or every record with `all`),
 * then a summary line. Shared by `POST /api/v1/assessments/recheck` and `poe-permit records recheck`.
 *
 * @example
 * ```ts
 * for await (const line of recheckLines({ engine, store, now: () => new Date() }, "firm-a", "k1", {})) print(line);
 * ```
 */
import type { Poe, RouteAnswer } from "../contract/codes.js";
import type { Engine } from "../engine/port.js";
import type { AssessmentStore, SavedAssessment } from "../store/types.js";
import { type ReassessReply, reassessRecord } from "./reassess.js";

export interface RecheckFilter {
  clientRef?: string | undefined;
  poe?: Poe | undefined;
  route?: RouteAnswer | undefined;
  /** Instants as validated by the request schema (a date: that day's start, or end for `to`, UTC). */
  from?: string | undefined;
  to?: string | undefined;
  arrival?: string | undefined;
  save?: boolean | undefined;
  all?: boolean | undefined;
}

export type RecheckLine =
  | {
      id: string;
      clientRef: string | null;
      changed: boolean;
      before: { rulebook: string; poe: Poe; route: RouteAnswer };
      after: { rulebook: string; poe: Poe; route: RouteAnswer };
      changes: ReassessReply["changes"];
      why: ReassessReply["why"];
      saved: string | null;
    }
  | { done: true; checked: number; changed: number; failed: number };

const instant = (value: string | undefined, endOfDay: boolean): number | undefined => {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return Date.parse(`${value}T00:00:00Z`) + (endOfDay ? 86_400_000 : 0);
  return Date.parse(value);
};

function matches(r: SavedAssessment, f: RecheckFilter, from?: number, to?: number): boolean {
  if (r.reassessmentOf !== null) return false; // re-checks are not re-checked again
  if (f.clientRef !== undefined && r.clientRef !== f.clientRef) return false;
  if (f.poe !== undefined && r.poe !== f.poe) return false;
  if (f.route !== undefined && r.route !== f.route) return false;
  const t = Date.parse(r.createdAt);
  return (from === undefined || t >= from) && (to === undefined || t < to);
}

export async function* recheckLines(
  deps: { engine: Engine; store: AssessmentStore; now: () => Date },
  tenant: string,
  keyId: string,
  filter: RecheckFilter,
  progress?: (checked: number, changed: number) => void,
): AsyncIterable<RecheckLine> {
  const from = instant(filter.from, false);
  const to = instant(filter.to, true);
  let checked = 0;
  let changed = 0;
  let failed = 0;
  // The run itself reads every matching record: one line for it (as for a list or an export), and
  // one more per re-check it saves.
  await deps.store.logAccess({ tenant, keyId, action: "recheck", recordId: null });
  for await (const record of deps.store.exportAll(tenant)) {
    if (!matches(record, filter, from, to)) continue;
    checked++;
    const result = await reassessRecord({ engine: deps.engine, store: deps.store, now: deps.now() }, record, {
      arrival: filter.arrival,
      save: filter.save === true,
      tenant,
    });
    if (result.kind !== "ok") {
      failed++; // deleted meanwhile, or the new arrival is outside what the profile allows
      continue;
    }
    const { reply } = result;
    if (reply.changed) changed++;
    progress?.(checked, changed);
    if (result.record)
      await deps.store.logAccess({ tenant, keyId, action: "recheck", recordId: result.record.id });
    if (!reply.changed && !filter.all) continue;
    yield {
      id: record.id,
      clientRef: record.clientRef,
      changed: reply.changed,
      before: { rulebook: record.rulebook, poe: record.poe, route: record.route },
      after: {
        rulebook: reply.after.rulebook,
        poe: reply.after.assessment.poe,
        route: reply.after.assessment.route,
      },
      changes: reply.changes,
      why: reply.why,
      saved: result.record?.id ?? null,
    };
  }
  yield { done: true, checked, changed, failed };
}
