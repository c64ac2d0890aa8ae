import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { openCsv, readJsonl } from "./read.js";

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("readers", () => {
  it("give each CSV row its starting line and the bytes read through it", async () => {
    const text = 'id,citizenships\r\na,FR\r\n"b\r\nc",IN\r\n\r\nd,CA\r\n';
    const { plan, rows } = await openCsv(Readable.from([Buffer.from(text)]));
    expect(plan.names).toEqual(["id", "citizenships"]);
    const got = await all(rows);
    expect(got.map((r) => r.line)).toEqual([2, 3, 6]);
    expect(got.at(-1)!.end).toBe(Buffer.byteLength(text));
    expect(got.map((r) => r.end)).toEqual([...got.map((r) => r.end)].sort((x, y) => x! - y!));
  });

  it("give each JSON Lines row its line number (blank lines counted) and bytes read", async () => {
    const text = '{"a":1}\n\n{"é":2}\n';
    const got = await all(readJsonl(Readable.from([Buffer.from(text)])));
    expect(got.map((r) => [r.line, r.kind])).toEqual([
      [1, "jsonl"],
      [3, "jsonl"],
    ]);
    expect(got.at(-1)!.end).toBe(Buffer.byteLength(text));
  });
});
