/**
 * `assess`: profile in, assessment out (contract §2). Pure and browser-safe; `now` is passed in.
 */
import type {
  Advisory,
  Assessment,
  AssessResult,
  Blocker,
  DocumentItem,
  Lang,
} from "../contract/assessment.js";
import { type AdvisoryCode, ROUTES_WITH_DOCUMENTS } from "../contract/codes.js";
import { FIELDS, type Field, type Profile } from "../contract/profile.js";
import { messages } from "../i18n/index.js";
import { medicalExamRequired } from "../rulebook/facts.js";
import {
  advisoryRules,
  blockerRules,
  CHANGE_INSTANTS,
  COVERAGE_START,
  COVERAGE_START_INSTANT,
  type Decision,
  documentRules,
  metaRules,
  poeDecision,
  poeOutcome,
  RULEBOOK_VERSION,
  routeDecision,
  routeOutcome,
} from "../rulebook/index.js";
import { factTotal } from "../rulebook/logic.js";
import type { Rule } from "../rulebook/rule.js";
import { easternDate, easternDay, formatEastern, isIsoDate, parseDateTime } from "../rulebook/time.js";
import { Diagrams } from "./mdd.js";
import type { Decided } from "./port.js";
import { Probe, type State } from "./search.js";
import { parseProfile } from "./validate.js";

export interface AssessOptions {
  lang?: Lang;
  /** The present instant (default: the clock). Arrivals after it get `rules-may-change`. */
  now?: Date;
}

/** Order of `missing`: the facts that decide most come first (permit type and citizenship settle most rules). */
const DECISIVENESS: readonly Field[] = [
  "permit",
  "citizenships",
  "usPermanentResident",
  "passportKinds",
  "letterOfIntroduction",
  "inCanadaWithStatus",
  "arrivingFrom",
  "arrival",
  "openPermitCategory",
  "lmiaIssued",
  "jobOffer",
  "complianceFeePaid",
  "countryOfResidence",
  "lmiaExemptionCode",
  "truckDriverCrossBorder",
  "cbsaAppointment",
  "publicHealthJob",
  "stayMonths",
  "designatedCountryStay",
  "recentResidence",
  "medicalExamDate",
  "principalTeer",
  "principalEligibleTeer23",
  "principalProgram",
];
const rank = (f: Field) => {
  const i = DECISIVENESS.indexOf(f);
  return i < 0 ? DECISIVENESS.length + FIELDS.indexOf(f) : i;
};

/** Builds the search state: the arrival becomes one instant, or the parts of an Eastern-Time day. */
export function stateOf(given: Profile, now: Date): { state: State; asOf: number } {
  const profile = uniformShape(given);
  const arrival = profile.arrival;
  if (arrival === undefined) {
    const t = now.getTime();
    return { state: { profile, instants: [t], arrivalDate: easternDate(t) }, asOf: t };
  }
  if (isIsoDate(arrival)) {
    const { start, end } = easternDay(arrival);
    const inside = CHANGE_INSTANTS.filter((t) => t > start && t < end);
    return { state: { profile, instants: [start, ...inside], arrivalDate: arrival }, asOf: start };
  }
  const t = parseDateTime(arrival)!;
  return { state: { profile, instants: [t], arrivalDate: easternDate(t) }, asOf: t };
}

/**
 * The same profile as an object with every contract field, in the contract's order (unknown ones
 * `undefined`). Profiles with different sets of fields are objects of different shapes, and the
 * rules read fields by name thousands of times per assessment: one shape for all keeps those reads
 * fast. Absent and `undefined` mean the same here (not known yet). Written out as one literal: a
 * loop over `FIELDS` stored each key through a generic keyed store, which took a tenth of a
 * `decide` (ADR 0012); the compiler checks that no field is left out, a test that the order is
 * `FIELDS`'.
 */
export function uniformShape(p: Profile): Profile {
  return {
    arrival: p.arrival,
    citizenships: p.citizenships,
    passportKinds: p.passportKinds,
    usPermanentResident: p.usPermanentResident,
    countryOfResidence: p.countryOfResidence,
    age: p.age,
    travelMode: p.travelMode,
    arrivingFrom: p.arrivingFrom,
    usNonimmigrantVisa: p.usNonimmigrantVisa,
    canadianVisaPast10Years: p.canadianVisaPast10Years,
    inCanadaWithStatus: p.inCanadaWithStatus,
    maintainedStatus: p.maintainedStatus,
    truckDriverCrossBorder: p.truckDriverCrossBorder,
    cbsaAppointment: p.cbsaAppointment,
    letterOfIntroduction: p.letterOfIntroduction,
    permit: p.permit,
    jobOffer: p.jobOffer,
    lmiaIssued: p.lmiaIssued,
    lmiaNumber: p.lmiaNumber,
    qualificationsProof: p.qualificationsProof,
    jobProvince: p.jobProvince,
    jobDays: p.jobDays,
    jobUnpaid: p.jobUnpaid,
    caqAttestation: p.caqAttestation,
    offerOfEmploymentNumber: p.offerOfEmploymentNumber,
    complianceFeePaid: p.complianceFeePaid,
    lmiaExemptionCode: p.lmiaExemptionCode,
    openPermitCategory: p.openPermitCategory,
    principalTeer: p.principalTeer,
    principalEligibleTeer23: p.principalEligibleTeer23,
    principalProgram: p.principalProgram,
    iecInvitation: p.iecInvitation,
    stayMonths: p.stayMonths,
    recentResidence: p.recentResidence,
    designatedCountryStay: p.designatedCountryStay,
    publicHealthJob: p.publicHealthJob,
    medicalExamDate: p.medicalExamDate,
    biometricsWithin10Years: p.biometricsWithin10Years,
    portOfEntry: p.portOfEntry,
  } satisfies { [F in Field]-?: Profile[F] | undefined };
}

/** Variable order of the diagrams: decisive facts first keeps them small; then the contract's order. */
const ORDER: readonly Field[] = [...DECISIVENESS, ...FIELDS.filter((f) => !DECISIVENESS.includes(f))];

/**
 * Assesses a profile that has passed validation.
 *
 * @example
 * ```ts
 * assessProfile({ citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" }).poe; // "no"
 * ```
 */
export function assessProfile(profile: Profile, options: AssessOptions = {}): Assessment {
  const lang = options.lang ?? "en";
  const now = options.now ?? new Date();
  const m = messages(lang);
  const ctx = { profile };
  const { state, asOf } = stateOf(profile, now);
  const { poe, route, certain, missing, refine } = settle(state);

  const blockers: Blocker[] = certainBlockers(certain).map((r) => ({
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
  const [dataUnverified, rulesMayChange] = metaRules as [Rule, Rule];
  if (leansOnUnverifiedData(state) || advisoryCodes.has("biometrics-poe-unconfirmed"))
    addAdvisory(dataUnverified);
  if (state.instants.some((t) => t > now.getTime())) addAdvisory(rulesMayChange);

  return {
    contract: 1,
    rulebook: RULEBOOK_VERSION,
    asOf: formatEastern(asOf),
    poe,
    route,
    blockers,
    documents,
    advisories,
    missing,
    refine,
  };
}

type BlockerRule = Rule & { concludes: Extract<Rule["concludes"], { kind: "blocker" }> };

/** The blocker rules an assessment lists: those that certainly apply, the first one of each code. */
function certainBlockers(certain: (rule: Rule) => boolean): BlockerRule[] {
  const out: BlockerRule[] = [];
  const codes = new Set<string>();
  for (const r of blockerRules) {
    if (r.concludes.kind !== "blocker" || codes.has(r.concludes.code) || !certain(r)) continue;
    codes.add(r.concludes.code);
    out.push(r as BlockerRule);
  }
  return out;
}

export type { Decided } from "./port.js";

/**
 * The decisions of `assessProfile` for a profile that has passed validation (`poe`, `route`,
 * `missing`, the blockers' rules), equal to the assessment's own, without writing any text or
 * working out documents, advisories and `refine`. For callers that assess many variants of one
 * profile and read only these (`whatWouldChange`).
 *
 * @example
 * ```ts
 * decide({ citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" }).poe; // "no"
 * ```
 */
export function decide(profile: Profile, options: Pick<AssessOptions, "now"> = {}): Decided {
  const { state } = stateOf(profile, options.now ?? new Date());
  const { poe, route, certain, missing } = settle(state, false);
  return { poe, route, missing, blockerRules: certainBlockers(certain).map((r) => r.id) };
}

/**
 * The `missing` of `decide` alone, for a profile that has passed validation. Where Kleene
 * evaluation leaves the profile open, `decide` builds a diagram for every blocker rule to list the
 * certain ones; a caller that reads only `missing` (whatWouldChange's pruning run) is spared them.
 *
 * @example
 * ```ts
 * missingOf({ citizenships: ["FR"], permit: "lmia" }); // ["lmiaIssued", …]
 * ```
 */
export function missingOf(profile: Profile, options: Pick<AssessOptions, "now"> = {}): Field[] {
  const { state } = stateOf(profile, options.now ?? new Date());
  return settle(state, false).missing;
}

/** What the rules settle for a profile: the verdict, the route, which rules certainly apply, and what is still open. */
interface Settlement {
  poe: Assessment["poe"];
  route: Assessment["route"];
  /** The rule certainly applies (a document rule: and the route comes with documents). */
  certain: (rule: Rule) => boolean;
  missing: Field[];
  refine: Field[];
}

/** What plain three-valued (Kleene) evaluation finds: `undefined` where it cannot tell. */
interface KleeneValues {
  poe: Exclude<Assessment["poe"], "unknown"> | undefined;
  route: Exclude<Assessment["route"], "unknown"> | undefined;
  /** Each blocker, document and advisory rule's presence, by `RULE_INDEX` (documents: own condition only). */
  rules: (boolean | undefined)[];
  /** Every one of them is known. */
  complete: boolean;
  /**
   * When not `complete`: every fact's value as the pass found it (`View.memo` codes), so the
   * diagrams take a fact found known as that constant instead of compiling it.
   */
  facts?: Uint8Array;
}

/** The rules an assessment reports on, and each one's position in `KleeneValues.rules`. */
const REPORTED_RULES: readonly Rule[] = [...blockerRules, ...documentRules, ...advisoryRules];
const RULE_INDEX = new Map(REPORTED_RULES.map((r, i) => [r, i]));

/**
 * The facts' memo of the Kleene pass. One buffer serves every assessment of this thread (the pass
 * is synchronous and never re-entered), cleared at the start of each: less garbage per call.
 */
let memo = new Uint8Array(0);

/**
 * One Kleene pass over both decisions and every rule, facts shared between rules evaluated once.
 * With `blockersOnly`, the documents' and advisories' rules are left out (`undefined`, and not
 * counted in `complete`): for callers that read only the decisions and the blockers (`decide`).
 */
export function kleeneValues(state: State, blockersOnly = false): KleeneValues {
  if (memo.length !== factTotal()) memo = new Uint8Array(factTotal());
  else memo.fill(0);
  const view = new Probe(state, memo);
  const poe = poeOutcome(view);
  const route = routeOutcome(view);
  const withDocuments = route === undefined ? undefined : ROUTES_WITH_DOCUMENTS.has(route);
  const rules: (boolean | undefined)[] = new Array(REPORTED_RULES.length);
  let complete = poe !== undefined && route !== undefined;
  const end = blockersOnly ? blockerRules.length : REPORTED_RULES.length; // blockers come first
  for (let i = 0; i < end; i++) {
    const r = REPORTED_RULES[i]!;
    const v = r.concludes.kind === "document" && withDocuments === false ? false : r.active(view);
    if (v === undefined) complete = false;
    rules[i] = v;
  }
  return complete ? { poe, route, rules, complete } : { poe, route, rules, complete, facts: memo.slice() };
}

/**
 * Settles a profile. Kleene evaluation is sound (a value it finds holds for every completion) and
 * the reduced diagram of a constant function is that constant, so every decision or rule it
 * finds known is used as is; diagrams are built only for what it leaves unknown, where only they
 * can tell whether the answer is settled (ADR 0008). With nothing unknown, no diagram at all.
 */
export function settle(state: State, withRefine = true): Settlement {
  // Without `refine`, only the decisions and the blockers are needed up front (`decide`).
  const k = kleeneValues(state, !withRefine);
  if (k.complete) {
    let exact: Settlement | undefined;
    return {
      poe: k.poe!,
      route: k.route!,
      certain: (r) => {
        const value = k.rules[RULE_INDEX.get(r)!];
        if (value !== undefined) return value;
        // A document or advisory the blockers-only pass left out: asked for anyway, found exactly.
        exact ??= settleByDiagrams(state, k, false);
        return exact.certain(r);
      },
      missing: [],
      refine: [],
    };
  }
  return settleByDiagrams(state, k, withRefine);
}

/**
 * The exact path: decision diagrams over the unknown fields (ADR 0001). With `known`, values
 * Kleene evaluation already found stand in for their diagrams; without, everything is compiled
 * (the reference the property tests compare `settle` with). Without `withRefine`, `refine` is left
 * empty and a document's or advisory's diagram is built only if `certain` asks for it.
 */
export function settleByDiagrams(state: State, known?: KleeneValues, withRefine = true): Settlement {
  const dd = new Diagrams(state, ORDER, known?.facts);
  const poeNode = known?.poe !== undefined ? dd.terminal(known.poe) : dd.decision(poeDecision);
  const routeNode = known?.route !== undefined ? dd.terminal(known.route) : dd.decision(routeDecision);
  const routeWithDocuments =
    known?.route !== undefined
      ? dd.terminal(ROUTES_WITH_DOCUMENTS.has(known.route))
      : dd.decision(ROUTE_HAS_DOCUMENTS);
  const presence = (r: Rule) => {
    const value = known?.rules[RULE_INDEX.get(r)!];
    const own = value !== undefined ? dd.terminal(value) : dd.fact(r.active);
    return r.concludes.kind === "document" ? dd.ite(routeWithDocuments, own, dd.terminal(false)) : own;
  };
  const decisive = dd.support(routeNode, dd.support(poeNode));
  const refining = new Set<Field>();
  const visited = new Set<number>(); // nodes already walked: their fields are in `refining`
  if (withRefine) {
    for (const r of documentRules) dd.support(presence(r), refining, visited);
    for (const r of advisoryRules) dd.support(presence(r), refining, visited);
  }
  return {
    poe: dd.settledValue(poeNode) ?? "unknown",
    route: dd.settledValue(routeNode) ?? "unknown",
    certain: (r) => dd.settledValue(presence(r)) === true,
    missing: [...decisive].sort((a, b) => rank(a) - rank(b)),
    refine: dd.fields.filter((f) => refining.has(f) && !decisive.has(f)),
  };
}

/** Whether the route is one that comes with a list of documents to bring. */
const ROUTE_HAS_DOCUMENTS = mapDecision(routeDecision, (r) => ROUTES_WITH_DOCUMENTS.has(r));

function mapDecision<T, U>(d: Decision<T>, fn: (value: T) => U): Decision<U> {
  return "value" in d
    ? { value: fn(d.value) }
    : // biome-ignore lint/suspicious/noThenProperty: a decision node's branches are named if/then/else
      { if: d.if, then: mapDecision(d.then, fn), else: mapDecision(d.else, fn) };
}

/** A rule's source addresses, once each (computed once per rule; callers get their own copy). */
function urls(rule: Rule): string[] {
  let list = URLS.get(rule);
  if (!list) {
    list = [...new Set(rule.sources.map((s) => s.url))];
    URLS.set(rule, list);
  }
  return list.slice();
}
const URLS = new Map<Rule, string[]>();

/** The medical requirement was decided from the partial, unverified IME country list. */
function leansOnUnverifiedData(state: State): boolean {
  const probe = new Probe(state);
  const required = medicalExamRequired(probe);
  return (
    probe.leanedOnUnverified && required !== undefined && state.profile.designatedCountryStay === undefined
  );
}

/**
 * Validates and assesses any input; never throws on bad input.
 *
 * @example
 * ```ts
 * const r = assess({ citizenships: ["ZQ"] });
 * r.ok; // false — r.errors lists every problem with its path
 * ```
 */
export function assess(input: unknown, options: AssessOptions = {}): AssessResult {
  const lang = options.lang ?? "en";
  const parsed = parseProfile(input, lang);
  if (!parsed.ok) return parsed;
  const { arrival } = parsed.profile;
  if (arrival !== undefined) {
    const t = isIsoDate(arrival) ? easternDay(arrival).start : parseDateTime(arrival)!;
    if (t < COVERAGE_START_INSTANT) {
      return {
        ok: false,
        errors: [
          {
            path: "arrival",
            code: "outside-coverage",
            message: messages(lang).errors["outside-coverage"](COVERAGE_START),
          },
        ],
      };
    }
  }
  return { ok: true, assessment: assessProfile(parsed.profile, options) };
}
