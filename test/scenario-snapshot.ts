/** The answers of every public scenario, as one JSON text (see scripts/scenario-snapshot.ts). */
import type { Profile } from "../src/contract/profile.js";
import { realEngine } from "../src/engine/engine.js";
import { assess, decide, missingOf } from "../src/engine/index.js";
import { whatWouldChange } from "../src/interview/what-would-change.js";
import { scenarios } from "./scenarios.js";

const now = new Date("2026-11-28T12:00:00Z");

export function snapshotText(): string {
  const out: Record<string, unknown> = {};
  for (const s of scenarios) {
    for (const lang of ["en", "fr"] as const) {
      const r = assess(s.profile, { lang, now });
      if (!r.ok) {
        out[`${s.file} ${lang}`] = { errors: r.errors };
        continue;
      }
      const profile = s.profile as Profile;
      out[`${s.file} ${lang}`] = {
        assessment: r.assessment,
        decided: decide(profile, { now }),
        missingOf: missingOf(profile, { now }),
        whatWouldChange:
          r.assessment.poe === "no"
            ? whatWouldChange(profile, { lang, engine: realEngine, now, base: r.assessment })
            : undefined,
      };
    }
  }
  return `${JSON.stringify(out, null, 1)}\n`;
}
