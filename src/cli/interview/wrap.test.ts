import { describe, expect, it } from "vitest";
import { width, wrapBlock, wrapWords } from "./wrap.js";

const URL = "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-198.html";

describe("wrapWords", () => {
  it("breaks at spaces only, within the width", () => {
    const text = "it can decide “Only visa-exempt travellers may apply at the border” — IRPR 198(1)";
    const lines = wrapWords(text, 30);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(30);
  });

  it("keeps a URL wider than the line whole, on a line of its own", () => {
    const lines = wrapWords(`see ${URL} for more`, 40);
    expect(lines).toEqual(["see", URL, "for more"]);
  });

  it("prefixes every line of a block and indents the continuations", () => {
    expect(wrapBlock(["aaa bbb ccc", "  ddd eee"], 14, "│ ", "  ")).toEqual([
      "│ aaa bbb",
      "│   ccc",
      "│   ddd eee",
    ]);
  });
});
