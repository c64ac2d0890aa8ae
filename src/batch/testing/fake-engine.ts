/**
 * A tiny stand-in for the engine, for testing the batch machinery on its own (and in workers):
 * FR citizens may apply at the POE, IN citizens need a visa, anyone else is unknown until their
 * citizenships are known. Unknown keys and a bad `age` are input errors, as in the real engine.
 * `spin` in the profile busy-waits that many microseconds, to make workers finish out of order.
 */
import type { Assessment, AssessResult, InputError, Lang } from "../../contract/assessment.js";

const KNOWN = new Set(["arrival", "citizenships", "age", "permit", "jobOffer", "spin", "travelMode"]);

export function assess(input: unknown, options: { lang?: Lang; now?: Date } = {}): AssessResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, errors: [{ path: "", code: "not-an-object", message: "expected a JSON object" }] };
  }
  const p = input as Record<string, unknown>;
  const errors: InputError[] = [];
  for (const k of Object.keys(p)) {
    if (!KNOWN.has(k)) errors.push({ path: k, code: "unknown-key", message: `unknown key "${k}"` });
  }
  if ("age" in p && (!Number.isInteger(p.age) || (p.age as number) < 0)) {
    errors.push({ path: "age", code: "out-of-range", message: "age must be a whole number, 0 or more" });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (typeof p.spin === "number") {
    const until = performance.now() + p.spin / 1000;
    while (performance.now() < until) {
      // busy-wait on purpose
    }
  }
  const fr = options.lang === "fr";
  const cits = p.citizenships as string[] | undefined;
  const base: Assessment = {
    contract: 1,
    rulebook: "fake",
    asOf: String(p.arrival ?? options.now?.toISOString() ?? "now"),
    verifiedThrough: "2026-02-12",
    poe: "unknown",
    route: "unknown",
    blockers: [],
    documents: [],
    advisories: [
      {
        code: "officer-decides",
        text: fr ? "L'agent décide." : "The officer decides.",
        sources: [],
        rule: "R-GEN-01",
      },
    ],
    missing: [],
    refine: [],
  };
  if (cits === undefined) return { ok: true, assessment: { ...base, missing: ["citizenships"] } };
  if (cits.includes("FR") || cits.includes("CA")) {
    return {
      ok: true,
      assessment: {
        ...base,
        poe: "yes",
        route: "apply-at-poe",
        documents: [{ code: "passport", text: "Passport" }],
      },
    };
  }
  return {
    ok: true,
    assessment: {
      ...base,
      poe: "no",
      route: "apply-online-first",
      blockers: [
        {
          code: "visa-required",
          because: fr ? 'Un visa est exigé; virgule, "guillemets".' : 'A visa is needed, so: "no".',
          sources: [],
          rule: "R-POE-01",
        },
      ],
    },
  };
}
