/** Edges of the visa and eTA rules that the fires/silent examples cannot show: unknown stays unknown. */
import { expect, it } from "vitest";
import { stateOf } from "../../engine/shape.js";
import { Probe } from "../../engine/state.js";
import { parseProfile } from "../../engine/validate.js";
import { dualCitizen } from "./visa-and-eta.js";

it("the several-citizenships advisory is unknown, not false, while the citizenships are unknown", () => {
  const parsed = parseProfile({ arrival: "2025-06-01" });
  if (!parsed.ok) throw new Error("bad test setup");
  const { state } = stateOf(parsed.profile, new Date("2026-11-28T12:00:00Z"));
  expect(dualCitizen.active(new Probe(state))).toBeUndefined();
});
