import { describe, expect, it } from "vitest";
import type { Advisory, Assessment, Blocker } from "../contract/assessment.js";
import type { RuleView } from "../engine/port.js";
import { type AssessmentDiff, diffAssessments } from "./diff.js";

const pgwpBlocker: Blocker = {
  code: "pgwp",
  because: "PGWP applications are not accepted at a port of entry since 2024-06-21.",
  sources: ["https://example.org/poe.html"],
  rule: "R-POE-07",
};
const pgwpBlockerFr: Blocker = {
  ...pgwpBlocker,
  because: "Les demandes de PTPD ne sont plus acceptées au point d'entrée depuis le 2024-06-21.",
};
const officer: Advisory = {
  code: "officer-decides",
  text: "The officer decides.",
  sources: ["https://example.org/officer"],
  rule: "R-ADV-01",
};
const biometricsUnconfirmed: Advisory = {
  code: "biometrics-poe-unconfirmed",
  text: "Check that this port takes biometrics.",
  sources: ["https://example.org/bio"],
  rule: "R-ADV-09",
};

function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    contract: 1,
    rulebook: "2026.11.28-1",
    asOf: "2024-06-01T00:00:00-04:00",
    verifiedThrough: "2026-02-12",
    poe: "yes",
    route: "apply-at-poe",
    blockers: [],
    documents: [{ code: "passport", text: "Your passport." }],
    advisories: [officer],
    missing: [],
    refine: [],
    ...over,
  };
}

function rule(id: string, from?: string): RuleView {
  return {
    id,
    topic: "t",
    title: { en: id, fr: id },
    concludes: { kind: "blocker", code: "pgwp" },
    sources: [{ url: `https://example.org/${id}`, provision: "s. 1" }],
    effective: from ? { from } : {},
    lastVerified: "2026-11-01",
  };
}

const noRules = { before: [], after: [] };
const unchanged: AssessmentDiff = {
  changed: false,
  changes: [],
  why: { rulebook: null, asOf: null, rulesEntered: [], rulesLeft: [], explanations: [] },
};

describe("diffAssessments: what changed", () => {
  const before = assessment();
  const cases: { name: string; after: Assessment; expected: Pick<AssessmentDiff, "changed" | "changes"> }[] =
    [
      { name: "nothing", after: assessment(), expected: { changed: false, changes: [] } },
      {
        name: "the same conclusions worded in French are no change",
        after: assessment({
          documents: [{ code: "passport", text: "Votre passeport." }],
          advisories: [{ ...officer, text: "L'agent décide." }],
        }),
        expected: { changed: false, changes: [] },
      },
      {
        name: "poe and route, then a blocker that appeared",
        after: assessment({ poe: "no", route: "apply-online-first", blockers: [pgwpBlocker] }),
        expected: {
          changed: true,
          changes: [
            { field: "poe", from: "yes", to: "no" },
            { field: "route", from: "apply-at-poe", to: "apply-online-first" },
            { field: "blockers", added: [pgwpBlocker], removed: [] },
          ],
        },
      },
      {
        name: "an advisory replaced by another, a document gone",
        after: assessment({ documents: [], advisories: [biometricsUnconfirmed] }),
        expected: {
          changed: true,
          changes: [
            { field: "documents", added: [], removed: [{ code: "passport", text: "Your passport." }] },
            { field: "advisories", added: [biometricsUnconfirmed], removed: [officer] },
          ],
        },
      },
      {
        name: "facts now missing and refinements offered",
        after: assessment({ poe: "unknown", route: "unknown", missing: ["arrival"], refine: ["travelMode"] }),
        expected: {
          changed: true,
          changes: [
            { field: "poe", from: "yes", to: "unknown" },
            { field: "route", from: "apply-at-poe", to: "unknown" },
            { field: "missing", added: ["arrival"], removed: [] },
            { field: "refine", added: ["travelMode"], removed: [] },
          ],
        },
      },
    ];

  it.each(cases)("$name", ({ after, expected }) => {
    const d = diffAssessments(before, after, noRules);
    expect({ changed: d.changed, changes: d.changes }).toEqual(expected);
  });

  it.each(cases)("$name: the reverse diff swaps added and removed", ({ after }) => {
    const forward = diffAssessments(before, after, noRules);
    const back = diffAssessments(after, before, noRules);
    expect(back.changed).toBe(forward.changed);
    expect(back.changes).toEqual(
      forward.changes.map((c) =>
        "added" in c
          ? { field: c.field, added: c.removed, removed: c.added }
          : { ...c, from: c.to, to: c.from },
      ),
    );
  });

  it("a diff of an assessment with itself is exactly `unchanged`", () => {
    const full = assessment({ poe: "no", blockers: [pgwpBlocker], missing: ["age"], refine: ["arrival"] });
    expect(diffAssessments(full, structuredClone(full), noRules)).toEqual(unchanged);
  });
});

describe("diffAssessments: why", () => {
  it("explains each item that came or went by its code, rule, wording and sources", () => {
    const after = assessment({
      poe: "no",
      route: "apply-online-first",
      blockers: [pgwpBlocker],
      documents: [],
      missing: ["arrival"],
    });
    expect(diffAssessments(assessment(), after, noRules).why.explanations).toEqual([
      {
        change: "added",
        field: "blockers",
        code: "pgwp",
        rule: "R-POE-07",
        text: pgwpBlocker.because,
        sources: pgwpBlocker.sources,
      },
      { change: "removed", field: "documents", code: "passport", text: "Your passport." },
      { change: "added", field: "missing", code: "arrival" },
    ]);
  });

  it("a removed item is explained in the words it had before", () => {
    const d = diffAssessments(assessment({ blockers: [pgwpBlockerFr] }), assessment(), noRules);
    expect(d.why.explanations).toEqual([
      expect.objectContaining({ change: "removed", code: "pgwp", text: pgwpBlockerFr.because }),
    ]);
  });

  it.each([
    {
      name: "same rulebook, same instant",
      after: {},
      rulebook: null,
      asOf: null,
    },
    {
      name: "a newer rulebook",
      after: { rulebook: "2027.01.15-1" },
      rulebook: { from: "2026.11.28-1", to: "2027.01.15-1" },
      asOf: null,
    },
    {
      name: "another instant",
      after: { asOf: "2024-07-01T00:00:00-04:00" },
      rulebook: null,
      asOf: { from: "2024-06-01T00:00:00-04:00", to: "2024-07-01T00:00:00-04:00" },
    },
  ])("$name", ({ after, rulebook, asOf }) => {
    const d = diffAssessments(assessment(), assessment(after), noRules);
    expect(d.why.rulebook).toEqual(rulebook);
    expect(d.why.asOf).toEqual(asOf);
    expect(d.changed).toBe(false); // a new rulebook or instant alone is no change of outcome
  });

  it("lists the rules that came into and went out of force between the two instants, by id", () => {
    const common = rule("R-COMMON");
    const pgwp = rule("R-POE-07", "2024-06-21");
    const old = rule("R-OLD");
    const d = diffAssessments(assessment(), assessment({ poe: "no", blockers: [pgwpBlocker] }), {
      before: [common, old],
      after: [{ ...common, lastVerified: "2027-01-01" }, pgwp],
    });
    expect(d.why.rulesEntered).toEqual([pgwp]);
    expect(d.why.rulesLeft).toEqual([old]);
  });
});
