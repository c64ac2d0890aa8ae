import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scenarios } from "../../test/scenarios.js";
import { realEngine } from "../engine/engine.js";
import { assessReply } from "./assess-reply.js";
import { AssessThread, AssessThreadError } from "./assess-thread.js";

const engine = realEngine;
const NOW = new Date("2026-03-02T15:00:00.123Z");
const bodies = scenarios.map((s) => ({ text: JSON.stringify(s.profile), lang: s.lang ?? "en" }));

describe("AssessThread: assess requests on a worker thread", () => {
  let thread: AssessThread;
  beforeAll(async () => {
    thread = await AssessThread.start();
  }, 60_000);
  afterAll(async () => {
    await thread.close();
  });

  it("answers every scenario, bad JSON and a broken profile byte for byte as on this thread", async () => {
    const inputs = [
      ...bodies,
      ...bodies.map((b) => ({ ...b, lang: b.lang === "en" ? ("fr" as const) : ("en" as const) })),
      { text: "{oops", lang: "fr" as const },
      { text: '{"citizenships":["ZQ"],"age":-3}', lang: "en" as const },
    ];
    // All at once: they share batches, and each reply must still go to its own request.
    const replies = await Promise.all(inputs.map((i) => thread.assessor(i.text, i.lang, NOW)));
    replies.forEach((reply, n) => {
      expect(reply).toEqual(assessReply(inputs[n]!.text, inputs[n]!.lang, NOW, engine));
    });
    expect(new Set(replies.map((r) => r.kind))).toEqual(new Set(["answer", "not-json"]));
  });

  it("keeps 500 interleaved requests apart", async () => {
    const order = Array.from({ length: 500 }, (_, n) => bodies[(n * 7) % bodies.length]!);
    const replies = await Promise.all(order.map((b) => thread.assessor(b.text, b.lang, NOW)));
    const expected = new Map(bodies.map((b) => [b.text + b.lang, assessReply(b.text, b.lang, NOW, engine)]));
    replies.forEach((reply, n) => {
      expect(reply).toEqual(expected.get(order[n]!.text + order[n]!.lang));
    });
    expect(thread.inFlight).toBe(0);
  });

  it("sends a large batch's answers back in pieces as they are ready, not all at its end", async () => {
    // 300 requests of one turn travel as one batch (tens of milliseconds of work on the thread).
    const start = performance.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 300 }, (_, n) => bodies[n % bodies.length]!).map((b) =>
        thread.assessor(b.text, b.lang, NOW).then(() => times.push(performance.now() - start)),
      ),
    );
    // Answers of one message resolve together; a gap between two resolutions marks a new piece.
    const pieces = times.filter((t, i) => i === 0 || t - times[i - 1]! > 0.3).length;
    expect(pieces).toBeGreaterThan(2);
    expect(times.filter((t) => t === times[0]).length).toBeLessThan(300);
  });

  it("uses the clock it is given, not its own: the day before a rule change, to the last second", async () => {
    const at = new Date("2025-01-20T23:59:59.999-05:00");
    const text = JSON.stringify({ ...scenarios[0]!.profile, arrival: undefined });
    const reply = await thread.assessor(text, "en", at);
    expect(reply).toEqual(assessReply(text, "en", at, engine));
    if (reply.kind !== "answer") throw new Error("expected an answer");
    expect((JSON.parse(reply.body) as { asOf: string }).asOf).toBe("2025-01-20T23:59:59-05:00");
  });

  it("when the thread dies, its requests fail and a new thread answers the next ones", async () => {
    const before = thread.restarts;
    const held = Array.from({ length: 20 }, () => thread.assessor(bodies[3]!.text, "en", NOW));
    await thread.crashForTest();
    const settled = await Promise.allSettled(held);
    // Some may have been answered before the crash; the rest fail with the thread's error.
    for (const s of settled) if (s.status === "rejected") expect(s.reason).toBeInstanceOf(AssessThreadError);
    expect(thread.restarts).toBe(before + 1);
    expect(await thread.assessor(bodies[3]!.text, "en", NOW)).toEqual(
      assessReply(bodies[3]!.text, "en", NOW, engine),
    );
  }, 60_000);
});

describe("AssessThread.close", () => {
  it("answers what it holds, then refuses new requests", async () => {
    const thread = await AssessThread.start();
    const held = Array.from({ length: 50 }, (_, n) =>
      thread.assessor(bodies[n % bodies.length]!.text, "en", NOW),
    );
    await thread.close();
    const settled = await Promise.allSettled(held);
    expect(settled.every((s) => s.status === "fulfilled")).toBe(true);
    await expect(thread.assessor(bodies[0]!.text, "en", NOW)).rejects.toBeInstanceOf(AssessThreadError);
    expect(thread.restarts).toBe(0);
  }, 60_000);
});
