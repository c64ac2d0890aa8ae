import { describe, expect, it } from "vitest";
import { Progress } from "./progress.js";

function term(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 100, write: (s: string) => writes.push(s), writes };
}

describe("Progress", () => {
  it("draws nothing when standard error is not a terminal", () => {
    const t = term(false);
    const bar = new Progress(t, () => ({ rows: 10 }));
    bar.tick();
    bar.done();
    expect(bar.enabled).toBe(false);
    expect(t.writes).toEqual([]);
  });

  it("draws rows, rate, percentage and ETA on a terminal, then clears the line", () => {
    const t = term(true);
    const bar = new Progress(t, () => ({ rows: 1500, bytes: 250, totalBytes: 1000 }));
    bar.tick();
    bar.tick(); // within 100 ms: not redrawn
    bar.done();
    expect(t.writes).toHaveLength(2);
    expect(t.writes[0]!.endsWith("\x1b[K")).toBe(true);
    expect(t.writes[0]!.slice(0, -3)).toMatch(
      /^\r\[#{6}-{18}\] {2}25% {2}1,500 rows {2}[\d,]+ rows\/s {2}ETA \d+s$/,
    );
    expect(t.writes[1]).toBe("\r\x1b[K");
  });
});
