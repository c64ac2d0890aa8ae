/**
 * The engine port's test double (port.ts): a tiny stand-in engine for the surfaces' unit tests: four made-up rules over six fields, with
 * `missing` and `refine` computed exactly by enumerating every completion of the unknown fields. It
 * lets the interview core be tested without the real rulebook (and shows that the core relies only on
 * the contract).
 */
import type { Assessment, AssessResult } from "../../contract/assessment.js";
import type { Field, Profile } from "../../contract/profile.js";
import type { PublishingEngine, RuleInfo } from "../port.js";

const DOMAINS: Partial<Record<Field, unknown[]>> = {
  citizenships: [["FR"], ["IN"], ["US"]],
  usPermanentResident: [true, false],
  permit: ["lmia", "lmia-exempt"],
  lmiaIssued: [true, false],
  complianceFeePaid: [true, false],
  portOfEntry: ["YVR", "YYZ"],
};
const KNOWN = Object.keys(DOMAINS) as Field[];

export const FAKE_RULES: RuleInfo[] = [
  {
    id: "F-VISA",
    title: {
      en: "Visa-required travellers apply online",
      fr: "Les voyageurs soumis au visa demandent en ligne",
    },
    concludes: { kind: "blocker", code: "visa-required" },
    sources: [{ url: "https://example.test/198", provision: "IRPR 198(1)" }],
    deps: new Set<Field>(["citizenships", "usPermanentResident"]),
  },
  {
    id: "F-LMIA",
    title: { en: "An LMIA job needs the LMIA issued", fr: "Un emploi avec EIMT exige l'EIMT délivrée" },
    concludes: { kind: "blocker", code: "lmia-not-issued" },
    sources: [{ url: "https://example.test/198-2-a", provision: "IRPR 198(2)(a)" }],
    deps: new Set<Field>(["permit", "lmiaIssued", "citizenships"]),
  },
  {
    id: "F-FEE",
    title: { en: "The employer must pay the fee", fr: "L'employeur doit payer les frais" },
    concludes: { kind: "blocker", code: "employer-offer-incomplete" },
    sources: [{ url: "https://example.test/303.1", provision: "IRPR 303.1" }],
    deps: new Set<Field>(["permit", "complianceFeePaid"]),
  },
  {
    id: "F-PORT",
    title: {
      en: "Check the port collects biometrics",
      fr: "Vérifiez que le point d'entrée recueille la biométrie",
    },
    concludes: { kind: "advisory", code: "biometrics-poe-unconfirmed" },
    sources: [{ url: "https://example.test/12.001", provision: "IRPR 12.001" }],
    deps: new Set<Field>(["portOfEntry"]),
  },
];

type Full = Record<string, unknown>;

function evaluate(p: Full): Pick<Assessment, "poe" | "route" | "blockers" | "advisories"> {
  const cit = p.citizenships as string[];
  const us = cit.includes("US");
  const exempt = us || cit.includes("FR") || p.usPermanentResident === true;
  const blockers: Assessment["blockers"] = [];
  const src = (id: string) => FAKE_RULES.find((r) => r.id === id)!;
  const add = (id: string, code: Assessment["blockers"][number]["code"]) =>
    blockers.push({ code, because: src(id).title.en, sources: [src(id).sources[0]!.url], rule: id });
  if (!exempt) add("F-VISA", "visa-required");
  if (p.permit === "lmia" && p.lmiaIssued === false && !us) add("F-LMIA", "lmia-not-issued");
  if (p.permit === "lmia-exempt" && p.complianceFeePaid === false) add("F-FEE", "employer-offer-incomplete");
  const poe = blockers.length === 0 ? "yes" : "no";
  const route = blockers.some((b) => b.code !== "visa-required")
    ? "none"
    : poe === "yes"
      ? "apply-at-poe"
      : "apply-online-first";
  const advisories: Assessment["advisories"] =
    poe === "yes" && p.portOfEntry !== "YVR"
      ? [{ code: "biometrics-poe-unconfirmed", text: "check port", sources: [], rule: "F-PORT" }]
      : [];
  return { poe, route, blockers, advisories };
}

function completions(profile: Profile): Full[] {
  let out: Full[] = [{ ...profile }];
  for (const f of KNOWN) {
    if (profile[f] !== undefined) continue;
    out = out.flatMap((p) => DOMAINS[f]!.map((v) => ({ ...p, [f]: v })));
  }
  return out;
}

const key = (e: ReturnType<typeof evaluate>) => `${e.poe}|${e.route}`;
const extraKey = (e: ReturnType<typeof evaluate>) => e.advisories.map((a) => a.code).join(",");

/** Exact three-valued assessment by enumeration. */
export function fakeAssess(input: unknown): AssessResult {
  const profile = input as Profile;
  for (const k of Object.keys(profile)) {
    if (!KNOWN.includes(k as Field) && k !== "arrival") {
      return { ok: false, errors: [{ path: k, code: "unknown-key", message: `unknown ${k}` }] };
    }
  }
  const all = completions(profile).map((c) => ({ c, e: evaluate(c) }));
  const poes = new Set(all.map((x) => x.e.poe));
  const routes = new Set(all.map((x) => x.e.route));
  const changes = (f: Field, pick: (e: ReturnType<typeof evaluate>) => string) =>
    all.some(({ c, e }) => DOMAINS[f]!.some((v) => pick(evaluate({ ...c, [f]: v })) !== pick(e)));
  const unknown = KNOWN.filter((f) => profile[f] === undefined);
  const missing = unknown.filter((f) => changes(f, key));
  const refine = unknown.filter((f) => !missing.includes(f) && changes(f, extraKey));
  const first = all[0]!.e;
  const settled = poes.size === 1 && routes.size === 1;
  return {
    ok: true,
    assessment: {
      contract: 1,
      rulebook: "fake",
      asOf: profile.arrival ?? "2025-01-01",
      verifiedThrough: "2026-02-12",
      poe: poes.size === 1 ? first.poe : "unknown",
      route: routes.size === 1 ? first.route : "unknown",
      blockers: settled && first.poe === "no" ? first.blockers : [],
      documents: [],
      advisories: all.every((x) => extraKey(x.e) === extraKey(first)) ? first.advisories : [],
      missing,
      refine,
    },
  };
}

/** The fake's assessment of a profile it accepts (throws on one it refuses: a test's mistake). */
function fakeAssessValid(profile: Profile): Assessment {
  const r = fakeAssess(profile);
  if (!r.ok) throw new Error(`fake engine: invalid profile ${JSON.stringify(r.errors)}`);
  return r.assessment;
}

export const fakeEngine: PublishingEngine = {
  version: "fake",
  coverageStart: "2025-01-01T00:00:00-05:00",
  assess: (input) => fakeAssess(input),
  assessValid: (profile) => fakeAssessValid(profile),
  decide: (profile) => {
    const a = fakeAssessValid(profile);
    return { poe: a.poe, route: a.route, missing: a.missing, blockerRules: a.blockers.map((b) => b.rule) };
  },
  missingOf: (profile) => fakeAssessValid(profile).missing,
  rulesInForce: () => FAKE_RULES,
  rules: () =>
    FAKE_RULES.map((r) => ({
      id: r.id,
      topic: "fake",
      title: r.title,
      concludes: r.concludes,
      sources: [...r.sources],
      effective: {},
      lastVerified: "2025-01-01",
    })),
  profileJsonSchema: () => ({ type: "object" }),
  countries: () => ({}),
};
