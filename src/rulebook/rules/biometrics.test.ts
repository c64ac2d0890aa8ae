/**
 * R-POE-10 on a port list of our own: the official data names no port that does not collect
 * biometrics, so the rule is out of the verdict today; these tests keep its condition honest for the
 * day a port is listed (and check that it then joins the verdict).
 */
import { describe, expect, it } from "vitest";
import { stateOf } from "../../engine/shape.js";
import { Probe } from "../../engine/state.js";
import { parseProfile } from "../../engine/validate.js";
import { biometricsBlockerRules, blockerRulesFor, PORTS_KNOWN_WITHOUT_BIOMETRICS } from "./biometrics.js";

const now = new Date("2026-11-28T12:00:00Z");
const traveller = {
  citizenships: ["FR"],
  passportKinds: [],
  usPermanentResident: false,
  age: 30,
  arrival: "2025-06-01",
};

function valueOn(profile: Record<string, unknown>, ports: readonly string[]) {
  const [rule] = blockerRulesFor(ports);
  const parsed = parseProfile(profile);
  if (!parsed.ok || !rule) throw new Error("bad test setup");
  return rule.active(new Probe(stateOf(parsed.profile, now).state));
}

describe("R-POE-10 (biometrics-not-collected-at-poe) on a listed port", () => {
  it.each([
    [
      "fires at a listed port for a traveller who must give biometrics",
      { ...traveller, biometricsWithin10Years: false, portOfEntry: "XYZ" },
      true,
    ],
    [
      "is silent at another port",
      { ...traveller, biometricsWithin10Years: false, portOfEntry: "YVR" },
      false,
    ],
    [
      "is silent when biometrics were given in the last 10 years",
      { ...traveller, biometricsWithin10Years: true, portOfEntry: "XYZ" },
      false,
    ],
    [
      "is silent before biometrics began (2018-07-31)",
      { ...traveller, biometricsWithin10Years: false, portOfEntry: "XYZ", arrival: "2018-07-30" },
      false,
    ],
    ["is unknown while the port is unknown", { ...traveller, biometricsWithin10Years: false }, undefined],
  ])("%s", (_what, profile, want) => {
    expect(valueOn(profile, ["XYZ"])).toBe(want);
  });

  it("concludes its blocker, from its window, with sources", () => {
    const [rule] = blockerRulesFor(["XYZ"]);
    expect(rule?.concludes).toEqual({ kind: "blocker", code: "biometrics-not-collected-at-poe" });
    expect([...(rule?.deps ?? [])]).toContain("portOfEntry");
    expect(rule?.effective.from).toBe("2018-07-31T00:00:00-04:00");
    expect(rule?.sources.map((s) => s.provision)).toEqual(["IRPR 12.001", expect.any(String)]);
    expect(rule?.title.en.length && rule?.title.fr.length).toBeGreaterThan(0);
  });

  it("joins the verdict exactly when a port is listed", () => {
    expect(blockerRulesFor(["XYZ"])).toHaveLength(1);
    expect(blockerRulesFor([])).toHaveLength(0);
    expect(biometricsBlockerRules).toHaveLength(PORTS_KNOWN_WITHOUT_BIOMETRICS.length > 0 ? 1 : 0);
  });
});
