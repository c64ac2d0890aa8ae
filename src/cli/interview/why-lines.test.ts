import { describe, expect, it } from "vitest";
import { messages } from "../../interview/messages.js";
import { helpBlock } from "./why-lines.js";
import { width } from "./wrap.js";

const URL =
  "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals.html";
const why = [
  { title: "Only visa-exempt travellers may apply at the border", provision: "IRPR 198(1)", url: URL },
  { title: "A second rule", provision: "IRPR 7.01", url: "https://laws-lois.justice.gc.ca/x.html" },
] as never;

describe("helpBlock", () => {
  it("wraps the help and each rule between words, every line on the guide, URLs whole", () => {
    const lines = helpBlock(
      "Some help that is long enough to need a second line here.",
      why,
      messages("en"),
      40,
    );
    expect(lines[0]).toMatch(/^ℹ {2}Some help/);
    for (const l of lines.slice(1)) expect(l).toMatch(/^│ {2}/);
    // Only a lone word wider than the line (a URL) goes past it.
    for (const l of lines) if (width(l) > 40) expect(l.replace(/^│\s+/, "").split(" ")).toHaveLength(1);
    expect(lines).toContain(`│              ${URL}`);
    expect(lines.map((l) => l.replace(/^[│ℹ]\s+/, "")).join(" ")).toContain(
      "Why we ask: it can decide “Only visa-exempt travellers may apply at the border” — IRPR 198(1),",
    );
  });
});
