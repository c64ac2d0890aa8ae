/**
 * The rulebook's catalogue as people read it (`poe-permit rules`, the "How we decide" page): each
 * rule's id, topic, titles, conclusion, effective window and note, sources and last-verified date.
 * The snapshot makes every change to them a reviewed diff (`npx vitest -u` after a deliberate
 * change), and the rulebook is loaded inside a test so that a module that fails to load is a failed
 * test, not a file with no tests (mutation testing counts only the tests it saw).
 */
import { expect, it } from "vitest";

it("the rulebook loads, and its catalogue is the reviewed one", async () => {
  const { rulebook } = await import("./index.js");
  const catalogue = rulebook.map((r) => ({
    id: r.id,
    topic: r.topic,
    title: r.title,
    concludes: r.concludes,
    effective: r.effective,
    window: { from: r.window.from?.toString(), to: r.window.to?.toString() },
    sources: r.sources,
    lastVerified: r.lastVerified,
    deps: [...r.deps].sort(),
  }));
  expect(catalogue).toMatchSnapshot();
});
