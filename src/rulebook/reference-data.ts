/**
 * Reference data as dated sets, built from the research dossier's data files (copied in `data/`,
 * each entry with its source and `verified` flag). Membership is asked at an instant.
 *
 * Sources: IRPR Schedule 1.1 and s.190 (visa exemptions), IRPR 7.01 (conditional eTA), IRCC's
 * IME country table (partial, unverified copies, with its dated revisions), CBSA's biometrics page (partial).
 */
import biometricsJson from "./data/biometrics-poes.json" with { type: "json" };
import etaJson from "./data/eta-conditional.json" with { type: "json" };
import imeJson from "./data/ime-designated.json" with { type: "json" };
import visaExemptJson from "./data/visa-exempt.json" with { type: "json" };
import { lawInstant } from "./rule.js";
import type { Instant } from "./time.js";

export interface DatedEntry {
  code: string;
  from: Instant;
  to: Instant;
  verified: boolean;
  basis: string;
  source: string;
}

/** A set of country codes whose membership changes over time. */
export class DatedSet {
  readonly entries: readonly DatedEntry[];
  private readonly byCode = new Map<string, DatedEntry[]>();

  constructor(entries: DatedEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      const list = this.byCode.get(e.code) ?? [];
      list.push(e);
      this.byCode.set(e.code, list);
    }
  }

  /** The entry that makes `code` a member at `t`, if any. */
  entryAt(code: string, t: Instant): DatedEntry | undefined {
    const list = this.byCode.get(code);
    if (!list) return undefined;
    for (const e of list) if (t >= e.from && t < e.to) return e;
    return undefined;
  }

  has(code: string, t: Instant): boolean {
    return this.entryAt(code, t) !== undefined;
  }

  /** Every instant at which some membership starts or ends. */
  changeInstants(): Instant[] {
    return this.entries.flatMap((e) => [e.from, e.to]).filter((t) => Number.isFinite(t));
  }
}

/** Data files write instants as the rulebook does: ISO 8601 date-times with offset. */
const toInstant = (value: string | null | undefined, open: number): Instant =>
  value ? lawInstant(value) : open;

/**
 * The IRPR 190 provisions that exempt by citizenship alone: 190(1)(a) Schedule 1.1, 190(1)(b)(i)
 * British citizens, 190(1)(b)(iii) British overseas territories, 190(1)(c) US nationals. Entries
 * under other provisions (documents, e.g. 190(1)(b)(ii), 190(2)(e)) are not citizenships.
 */
const CITIZENSHIP_PROVISIONS: ReadonlySet<string> = new Set([
  "190(1)(a)",
  "190(1)(b)(i)",
  "190(1)(b)(iii)",
  "190(1)(c)",
]);

/**
 * Citizenships that exempt from the visitor visa, filtered on each entry's structured `provision`
 * (never on the words of its free-text `basis`). Mexico's listing ends 2024-02-29 23:30 ET.
 */
export const visaExemptCitizenships = new DatedSet(
  visaExemptJson.entries
    .filter((e) => /^[A-Z]{2}$/.test(e.iso2) && CITIZENSHIP_PROVISIONS.has(e.provision))
    .map((e) => ({
      code: e.iso2,
      from: toInstant(e.effective_from, Number.NEGATIVE_INFINITY),
      to: toInstant(e.effective_to, Number.POSITIVE_INFINITY),
      verified: e.verified,
      basis: e.basis,
      source: e.source,
    })),
);

/**
 * For each document-based provision (IRPR 190(1)(b)(ii), 190(2)(b)-(f), 190(2.1)), the citizenships
 * with which its document can be held, `*` for any (the entries' `holders`, each with its basis and
 * source). Not dated: these provisions read the same throughout the rulebook's coverage.
 */
export const documentHolders: ReadonlyMap<string, readonly string[]> = new Map(
  visaExemptJson.entries.flatMap((e) => (e.holders ? [[e.provision, e.holders] as const] : [])),
);

/** IRPR 7.01 conditional-eTA nationals (not visa-exempt; eTA by air only under conditions). */
export const conditionalEtaCountries = new DatedSet(
  [...etaJson.entries, ...etaJson.historical_entries].map((e) => ({
    code: e.iso2,
    from: toInstant(e.effective_from, Number.NEGATIVE_INFINITY),
    to: toInstant(e.effective_to, Number.POSITIVE_INFINITY),
    verified: e.verified,
    basis: "IRPR 7.01",
    source: "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-7.01.html",
  })),
);

export interface ImeStatus {
  designated: boolean;
  verified: boolean;
}

/** A dated revision of the IME country table (data file `revisions`, each with its sources). */
export interface ImeRevision {
  from: Instant;
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
}

/** The revisions, oldest first (the 2025-11-03 one: secondary sources only, applications from that day). */
export const imeRevisions: readonly ImeRevision[] = imeJson.revisions
  .map((r) => ({ from: lawInstant(r.effective_from), added: new Set(r.added), removed: new Set(r.removed) }))
  .sort((a, b) => a.from - b.from);

const imeCurrent = new Map<string, boolean>();
for (const e of imeJson.entries) {
  // Sub-national entries (Sabah, Sarawak, Micronesian states) mark the country as designated in
  // part; a stay in the country then counts as designated (the conservative reading).
  imeCurrent.set(e.iso2, (imeCurrent.get(e.iso2) ?? false) || e.ime_required_for_6plus_month_residence);
}

/**
 * Whether a country was designated for the immigration medical exam at `t`. `undefined` when the
 * partial list cannot say (absence from the file does not mean "not designated"). Canada itself is
 * never designated (designation compares a country with Canada). The file holds the status after
 * the last revision; each revision later than `t` is undone, newest first.
 */
export function imeDesignation(code: string, t: Instant): ImeStatus | undefined {
  if (code === "CA") return { designated: false, verified: true };
  let designated = imeCurrent.get(code);
  for (let i = imeRevisions.length - 1; i >= 0 && imeRevisions[i]!.from > t; i--) {
    const r = imeRevisions[i]!;
    if (r.added.has(code)) designated = false;
    else if (r.removed.has(code)) designated = true;
  }
  return designated === undefined ? undefined : { designated, verified: false };
}

export const imeChangeInstants: Instant[] = imeRevisions.map((r) => r.from);

/** Ports of entry confirmed (verified, CBSA page) to collect biometrics. The list is partial. */
export const biometricsPorts = biometricsJson.entries.map((e) => ({
  name: e.name,
  iata: e.iata,
  province: e.province,
  verified: e.verified,
  source: e.source,
}));

const normalise = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The verified ports' codes and names, normalised once. */
const CONFIRMED_PORTS: ReadonlySet<string> = new Set(
  biometricsPorts
    .filter((e) => e.verified)
    .flatMap((e) => [normalise(e.iata ?? ""), normalise(e.name)])
    .filter((key) => key !== ""),
);

/** True when the port is on the verified list; false means "not confirmed", never "does not collect". */
export function portConfirmedForBiometrics(port: string): boolean {
  return CONFIRMED_PORTS.has(normalise(port));
}

/** Raw data files, for surfaces that list reference data with its sources. */
export const referenceData = {
  visaExempt: visaExemptJson,
  conditionalEta: etaJson,
  imeDesignated: imeJson,
  biometricsPorts: biometricsJson,
} as const;
