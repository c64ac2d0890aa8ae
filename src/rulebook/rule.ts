/**
 * A rule is one legal condition written as typed data: what it concludes, when (a three-valued
 * condition over profile fields), where the law says so, and when it is in force.
 */
import type { AdvisoryCode, BlockerCode, DocumentCode } from "../contract/codes.js";
import type { Field } from "../contract/profile.js";
import { all, during, type Fact } from "./logic.js";
import { type Instant, parseDateTime } from "./time.js";

export interface Source {
  url: string;
  /** The provision or part of the page, e.g. `IRPR 198(2)(c)`. */
  provision: string;
  /** The official French version of the same source (URL and provision), where one is recorded. */
  fr?: { url: string; provision: string };
}

export type Conclusion =
  | { kind: "blocker"; code: BlockerCode }
  | { kind: "advisory"; code: AdvisoryCode }
  | { kind: "document"; code: DocumentCode };

export type Topic =
  | "visa-and-eta"
  | "permit-types"
  | "employer"
  | "open-permits"
  | "flagpoling"
  | "medical"
  | "biometrics"
  | "general"
  | "documents";

export interface RuleSpec {
  id: string;
  topic: Topic;
  title: { en: string; fr: string };
  concludes: Conclusion;
  when: Fact;
  /**
   * The instants the rule starts and stops applying, ISO 8601 date-times with their offset (one
   * notation throughout the rulebook). A change whose time of day is not published is written as
   * the start of that day in Eastern Time, e.g. `2024-06-21T00:00:00-04:00` (docs/contract.md §4).
   * Open ends are omitted.
   */
  effective?: { from?: string; to?: string; note?: string };
  sources: Source[];
  /**
   * When this rule's sources were last read against the official text (`YYYY-MM-DD`), written as a
   * literal on each rule so that re-reading one provision updates that rule alone. Readings so far:
   * the IRPR consolidated to 2026-06-12, read on 2026-07-23; IRCC's PDIs, from snapshots of 2026-02-12.
   */
  lastVerified: string;
}

export interface Rule extends RuleSpec {
  effective: { from?: string; to?: string; note?: string };
  window: { from?: Instant; to?: Instant };
  /** The condition and the effective window together. */
  active: Fact;
  /** Every profile field the rule can read. */
  deps: ReadonlySet<Field>;
}

/**
 * Reads an instant written in the rulebook: an ISO 8601 date-time with its offset, nothing else. A
 * bare date would leave the time of day and the zone to a convention the reader may not know, so
 * it is refused when the rulebook loads.
 *
 * @example
 * ```ts
 * lawInstant("2025-01-21T00:00:00-05:00"); // 1737435600000
 * lawInstant("2025-01-21"); // throws
 * ```
 */
export function lawInstant(text: string): Instant {
  const t = parseDateTime(text);
  if (t === undefined || !/[+-]\d{2}:\d{2}$/.test(text))
    throw new Error(`rulebook instant must be an ISO 8601 date-time with offset: ${text}`);
  return t;
}

/** Declares a rule; the effective window becomes part of its condition. */
export function rule(spec: RuleSpec): Rule {
  const effective = spec.effective ?? {};
  const window = {
    ...(effective.from ? { from: lawInstant(effective.from) } : {}),
    ...(effective.to ? { to: lawInstant(effective.to) } : {}),
  };
  const windowed = effective.from !== undefined || effective.to !== undefined;
  const active = windowed ? all(during(window), spec.when) : spec.when;
  return { ...spec, effective, window, active, deps: active.deps };
}

/** Official sources, by name, so that a URL is written once. */
export const SRC = {
  /** `frProvision` defaults to `provision` with IRPR written RIPR; give it when the label has words. */
  irpr: (section: string, provision: string, frProvision = provision.replace(/^IRPR\b/, "RIPR")): Source => ({
    url: `https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-${section}.html`,
    provision,
    fr: {
      url: `https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-${section}.html`,
      provision: frProvision,
    },
  }),
  poePage: (provision = "IRCC, How to apply for a work permit at a port of entry"): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/work-canada/permit/temporary/apply/poe.html",
    provision,
  }),
  impPdi: (provision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/eligibility/employer-specific-labout-market-impact-assessment-exemptions.html",
    provision,
  }),
  openPdi: (provision: string, frProvision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/eligibility/open.html",
    provision,
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/travailleurs-etrangers/admissibilite/ouvert.html",
      provision: frProvision,
    },
  }),
  c41Pdi: (provision: string, frProvision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/public-policy-competitiveness-economy/c41-c46.html",
    provision,
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/travailleurs-etrangers/politique-public-competitivite-economie/c41-c46.html",
      provision: frProvision,
    },
  }),
  c42Pdi: (provision: string, frProvision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/public-policy-competitiveness-economy/c42.html",
    provision,
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/travailleurs-etrangers/politique-public-competitivite-economie/c42.html",
      provision: frProvision,
    },
  }),
  quebecPdi: (provision: string, frProvision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/quebec-cases.html",
    provision,
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/travailleurs-etrangers/cas-quebec.html",
      provision: frProvision,
    },
  }),
  imePdi: (provision: string, frProvision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/standard-requirements/medical-requirements/exam/who-must-submit-immigration-medical-examination.html",
    provision,
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/exigences-normalisees/exigences-medicales/examen/doit-soumettre-examen-medical-fins-immigration.html",
      provision: frProvision,
    },
  }),
  flagpolingRelease: (): Source => ({
    url: "https://www.newswire.ca/news-releases/ending-flagpoling-for-work-and-study-permits-at-the-border-831051935.html",
    provision: "CBSA news release, 2024-12-23: ending flagpoling for work and study permits",
    fr: {
      url: "https://www.newswire.ca/fr/news-releases/la-fin-du-tour-du-poteau-pour-les-permis-de-travail-et-d-etudes-a-la-frontiere-819802686.html",
      provision:
        "Communiqué de l'ASFC, 23 décembre 2024\u00a0: la fin du tour du poteau pour les permis de travail et d'études à la frontière",
    },
  }),
  portsRegulation: (): Source => ({
    url: "https://gazette.gc.ca/rp-pr/p2/2024/2024-12-18/html/sor-dors258-eng.html",
    provision: "SOR/2024-258, IRPR 26.1(2)",
    fr: {
      url: "https://gazette.gc.ca/rp-pr/p2/2024/2024-12-18/html/sor-dors258-fra.html",
      provision: "DORS/2024-258, RIPR 26.1(2)",
    },
  }),
  /** French: the same IRCC release as distributed on newswire.ca (its canada.ca French page was not found). */
  pgwpRelease: (): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/news/2024/06/canada-improves-fairness-for-applicants-by-ending-post-graduation-work-permit-flagpoling.html",
    provision: "IRCC news release, 2024-06-21: PGWP no longer at ports of entry",
    fr: {
      url: "https://www.newswire.ca/fr/news-releases/le-canada-ameliore-l-equite-pour-les-demandeurs-en-mettant-fin-aux-allers-retours-a-la-frontiere-pour-les-permis-de-travail-postdiplome-831004801.html",
      provision:
        "Communiqué d'IRCC, 21 juin 2024\u00a0: le permis de travail postdiplôme ne se demande plus aux points d'entrée",
    },
  }),
  usPrHelp: (): Source => ({
    url: "https://ircc.canada.ca/english/helpcentre/answer.asp?qnum=1053",
    provision: "IRCC Help Centre Q1053: US permanent residents",
    // The Help Centre keeps one number per answer in both languages (english/helpcentre/answer.asp
    // ↔ francais/centre-aide/reponse.asp, same qnum).
    fr: {
      url: "https://ircc.canada.ca/francais/centre-aide/reponse.asp?qnum=1053",
      provision: "Centre d'aide d'IRCC, question\u00a01053\u00a0: résidents permanents des États-Unis",
    },
  }),
  cbsaBiometrics: (): Source => ({
    url: "https://cbsa-asfc.gc.ca/security-securite/biometrics-biometrique-eng.html",
    provision: "CBSA: ports of entry offering biometrics enrolment",
    fr: {
      url: "https://cbsa-asfc.gc.ca/security-securite/biometrics-biometrique-fra.html",
      provision: "ASFC\u00a0: points d'entrée offrant la collecte des données biométriques",
    },
  }),
  mexicoEta: (): Source => ({
    url: "https://canada.ca/en/immigration-refugees-citizenship/campaigns/eta-work-visa-mexico.html",
    provision: "IRCC: eTA and visa rules for Mexican citizens (2024-02-29)",
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/campagnes/ave-travail-visa-mexique.html",
      provision: "IRCC\u00a0: règles de l'AVE et du visa pour les citoyens mexicains (29 février 2024)",
    },
  }),
  c47Pdi: (provision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/public-policy-competitiveness-economy/c47-c48.html",
    provision,
  }),
  c49Pdi: (provision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/public-policy-competitiveness-economy/c49.html",
    provision,
  }),
  familyUpdate2025: (): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/updates/2025-competitiveness-economy-work-permit.html",
    provision:
      "IRCC program delivery update, 2025-02-03: family members of workers (C41, C46, C47, C48, C49)",
  }),
  militaryFamilyPdi: (provision: string, frProvision: string): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/work-without-permit/military/family-members.html",
    provision,
    fr: {
      url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/travailleurs-etrangers/travailler-sans-permis/militaire/membres-famille.html",
      provision: frProvision,
    },
  }),
  agriFoodPilot: (): Source => ({
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/agri-food-pilot/about.html",
    provision: "IRCC, Agri-Food Pilot: changes of 2023-08-18 (open work permits for family members)",
  }),
} as const;
