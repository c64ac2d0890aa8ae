import { describe, expect, it } from "vitest";
import { fakeEngine } from "../engine/testing/fake-engine.js";
import { easternToday } from "../rulebook/time.js";
import { type Asker, type AskStep, type Reply, runInterview } from "./run.js";
import { startState } from "./state.js";

/** An asker that replies from a list, recording each step it was shown. */
function scripted(replies: Reply[]): Asker & { seen: AskStep[] } {
  const seen: AskStep[] = [];
  return {
    seen,
    async ask(step) {
      seen.push(step);
      return replies.shift() ?? { kind: "end" };
    },
  };
}

const now = new Date("2026-03-02T02:30:00Z"); // 2026-03-01 in Eastern Time

describe("runInterview", () => {
  it("asks the arrival first when asked to: an empty reply is today in Eastern Time, and Back returns to it", async () => {
    const asker = scripted([
      { kind: "dont-know" }, // the arrival: today
      { kind: "back" }, // from the first question, back to the arrival
      { kind: "answer", value: "2025-09-15" },
      { kind: "end" },
    ]);
    const outcome = await runInterview(startState(), asker, {
      lang: "en",
      engine: fakeEngine,
      now,
      askArrival: true,
    });
    expect(asker.seen.map((s) => s.field)).toEqual(["arrival", "permit", "arrival", "permit"]);
    expect(asker.seen[0]!.defaultAnswer).toEqual({
      value: easternToday(now),
      note: "Leave empty for today in Eastern Time: 2026-03-01",
    });
    expect(outcome.kind === "done" && outcome.state.answers.arrival).toBe("2025-09-15");
  });

  it("asks the same question again in the other language, and ends in it", async () => {
    const asker = scripted([
      { kind: "language", lang: "fr" },
      { kind: "answer", value: "lmia" },
      { kind: "end" },
    ]);
    const outcome = await runInterview(startState({ arrival: "2025-09-15" }), asker, {
      lang: "en",
      engine: fakeEngine,
    });
    expect(asker.seen.slice(0, 2).map((s) => s.field)).toEqual(["permit", "permit"]);
    expect(outcome.lang).toBe("fr");
    expect(outcome.kind === "done" && outcome.asked).toEqual(["permit"]);
  });

  it("stops when the answers run out: the unasked fields are not I don't know", async () => {
    const asker = scripted([{ kind: "answer", value: "lmia" }, { kind: "end" }]);
    const outcome = await runInterview(startState({ arrival: "2025-09-15" }), asker, {
      lang: "en",
      engine: fakeEngine,
    });
    if (outcome.kind !== "done") throw new Error("expected the end");
    expect(outcome.ended).toBe(true);
    expect(outcome.step.uncertain).toEqual([]);
    expect(outcome.step.unasked.length).toBeGreaterThan(0);
    expect(outcome.state.unknown).toEqual([]);
    expect(outcome.asked).toEqual(["permit"]);
  });
});
