/** Biometrics at the border (IRPR 12.001, 12.1, 12.2, 12.7; CBSA list of enrolment ports). */
import { biometricsRequired, portConfirmed } from "../facts.js";
import { all, type Fact, fact, not } from "../logic.js";
import { type Rule, rule, SRC } from "../rule.js";

/**
 * Ports known NOT to collect biometrics. The CBSA page lists the ports that do collect, and the copy
 * the project holds breaks off after seven airports (Alberta to New Brunswick); nothing in it, nor in
 * any other source read, names a port that does not. So no port is known not to collect: a port
 * missing from the partial list is "unconfirmed" (R-POE-10b, with `data-unverified`), never a
 * blocker. Enter a port here only from an official source that says it offers no enrolment.
 */
export const PORTS_KNOWN_WITHOUT_BIOMETRICS: readonly string[] = [];

/**
 * R-POE-10 for a given list of ports known not to collect biometrics (a function of the list, so the
 * rule is tested on a list even while the official data names none).
 */
export function biometricsNotCollectedAt(ports: readonly string[]): Rule {
  const portKnownWithoutBiometrics: Fact = fact(["portOfEntry"], (v) => {
    const p = v.get("portOfEntry");
    return p === undefined ? undefined : ports.includes(p);
  });
  return rule({
    id: "R-POE-10",
    topic: "biometrics",
    title: {
      en: "Applicants who give biometrics must use a port that collects them",
      fr: "Les personnes qui doivent fournir leurs données biométriques doivent passer par un point d'entrée qui les recueille",
    },
    concludes: { kind: "blocker", code: "biometrics-not-collected-at-poe" },
    when: all(biometricsRequired, portKnownWithoutBiometrics),
    effective: { from: "2018-07-31T00:00:00-04:00" },
    sources: [SRC.irpr("12.001", "IRPR 12.001"), SRC.cbsaBiometrics()],
    lastVerified: "2026-07-23",
  });
}

/**
 * The blocker takes part in the verdict only when the data can make it fire: with no port known not
 * to collect, a rule that can never fire would only look like a check that is not there (the
 * answer's R-POE-10b says what is unknown instead).
 */
export const blockerRulesFor = (ports: readonly string[]): readonly Rule[] =>
  ports.length > 0 ? [biometricsNotCollectedAt(ports)] : [];

export const biometricsBlockerRules: readonly Rule[] = blockerRulesFor(PORTS_KNOWN_WITHOUT_BIOMETRICS);

export const biometricsRequiredAdvisory = rule({
  id: "R-POE-10a",
  topic: "biometrics",
  title: {
    en: "Biometrics (fingerprints and photo) are required",
    fr: "Les données biométriques (empreintes digitales et photo) sont exigées",
  },
  concludes: { kind: "advisory", code: "biometrics-required" },
  when: biometricsRequired,
  sources: [SRC.irpr("12.1", "IRPR 12.1(h)"), SRC.irpr("12.2", "IRPR 12.2"), SRC.irpr("12.7", "IRPR 12.7")],
  lastVerified: "2026-07-23",
});

/** Built once the POE verdict exists: the advisory only matters to someone applying at the border. */
export function biometricsPortUnconfirmed(appliesAtBorder: Fact) {
  return rule({
    id: "R-POE-10b",
    topic: "biometrics",
    title: {
      en: "Check that your port of entry collects biometrics",
      fr: "Vérifiez que votre point d'entrée recueille les données biométriques",
    },
    concludes: { kind: "advisory", code: "biometrics-poe-unconfirmed" },
    when: all(biometricsRequired, appliesAtBorder, not(portConfirmed)),
    effective: { from: "2018-07-31T00:00:00-04:00" },
    sources: [SRC.irpr("12.001", "IRPR 12.001"), SRC.cbsaBiometrics()],
    lastVerified: "2026-07-23",
  });
}
