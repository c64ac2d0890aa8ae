import { describe, expect, it } from "vitest";
import { frame, row } from "./frame.js";

describe("frame", () => {
  it("marks the cursor row and checked boxes with characters, not colour", () => {
    expect(row("India (IN)", true, false)).toBe("│  ❯ ◻ India (IN)");
    expect(row("No", false)).toBe("│    No");
  });

  it("wraps a long question between words, on the guide", () => {
    const text = frame({
      state: "active",
      message: "Are you a truck driver whose job makes you leave Canada?",
      body: [row("Yes", false)],
      hints: "↑/↓ move",
      answer: "",
      columns: 30,
    });
    expect(text.split("\n")).toEqual([
      "◆  Are you a truck driver",
      "│  whose job makes you leave",
      "│  Canada?",
      "│    Yes",
      "│  ↑/↓ move",
      "└",
    ]);
  });
});
