import { Readable, Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { HeaderError } from "./columns.js";
import { type BatchOptions, runBatch, summaryText } from "./run.js";
import { OUTPUT_COLUMNS } from "./screen.js";
import { assess as fakeAssess } from "./testing/fake-engine.js";
import { jsonLines, sink } from "./testing/streams.js";

const FAKE_MODULE = new URL("./testing/fake-engine.ts", import.meta.url).href;

/** The fake engine, in process, CSV in and out, English: each test overrides only what it is about. */
const ON_FAKE_ENGINE = {
  inputFormat: "csv",
  format: "csv",
  lang: "en",
  assess: fakeAssess,
  workers: 0,
} as const satisfies Partial<BatchOptions>;

/** Runs `input` through a batch on the fake engine; returns the summary and everything written. */
async function runOnFakeEngine(input: string | Buffer, overrides: Partial<BatchOptions> = {}) {
  const out = sink();
  const summary = await runBatch({
    ...ON_FAKE_ENGINE,
    input: Readable.from([input]),
    output: out,
    ...overrides,
  });
  return { summary, text: out.text() };
}

type Row = Record<(typeof OUTPUT_COLUMNS)[number], string>;

function readCsv(text: string): Row[] {
  return parse(text, { columns: true, bom: true }) as Row[];
}

const ROSTER = [
  "id,citizenships,age,jobOffer,permit",
  "ana,FR,34,yes,lmia", // line 2: ok, poe yes
  "raj,IN,29,no,lmia", // line 3: ok, poe no
  "kim,,40,,", // line 4: ok, unknown (citizenships missing)
  "bad1,FR,old,perhaps,lmia", // line 5: two unreadable cells
  "bad2,FR,-3,yes,lmia", // line 6: engine rejects the age
  "short,FR", // line 7: too few cells
  ",CA,50,1,lmia", // line 8: no id → the line number
].join("\n");

describe("runBatch on a roster with good and bad rows", () => {
  it("writes one row per input row, the right error rows, and counts them", async () => {
    const { summary, text } = await runOnFakeEngine(ROSTER);
    const rows = readCsv(text);
    // The input's columns in place (its id among them), then the results.
    expect(Object.keys(rows[0]!)).toEqual([
      ...ROSTER.split("\n")[0]!.split(","),
      ...OUTPUT_COLUMNS.filter((c) => c !== "id"),
    ]);
    expect(rows.map((r) => [r.id, r.line, r.status, r.poe, r.route])).toEqual([
      ["ana", "2", "ok", "yes", "apply-at-poe"],
      ["raj", "3", "ok", "no", "apply-online-first"],
      ["kim", "4", "ok", "unknown", "unknown"],
      ["bad1", "5", "error", "", ""],
      ["bad2", "6", "error", "", ""],
      ["short", "7", "error", "", ""],
      ["8", "8", "ok", "yes", "apply-at-poe"],
    ]);
    const raj = rows[1]!;
    expect(raj.blockers).toBe("visa-required");
    expect(raj.rules).toBe("R-POE-01;R-GEN-01");
    expect(raj.advisories).toBe("officer-decides");
    expect(raj.explanation).toBe(
      'Apply online before travelling; if approved, the permit is printed at the border. A visa is needed, so: "no".',
    );
    expect(rows[0]!.documents).toBe("passport");
    expect(rows[2]!.missing).toBe("citizenships");
    expect(rows[2]!.explanation).toBe(
      "Not settled yet: some facts that could change the answer are unknown. Still needed: citizenships.",
    );
    // Every problem of a bad row, not just the first.
    expect(rows[3]!.errors).toBe(
      'age: expected a whole number, got "old" | jobOffer: expected true/false, yes/no or 1/0, got "perhaps"',
    );
    expect(rows[4]!.errors).toBe("age: age must be a whole number, 0 or more");
    expect(rows[5]!.errors).toBe("the row has 2 cells but the header has 5 columns");

    expect(summary).toMatchObject({
      rows: 7,
      ok: 4,
      errors: 3,
      poe: { yes: 2, no: 1, unknown: 1 },
      route: { "apply-at-poe": 2, "apply-online-first": 1, unknown: 1 },
      workers: 0,
    });
    expect(summaryText(summary, "en")).toMatch(
      /^7 rows: 4 assessed, 3 with errors \(in [\d.]+ s\)\n {2}poe: yes 2, no 1, unknown 1\n {2}route: apply-at-poe 2, apply-online-first 1, unknown 1\n$/,
    );
  });

  it("reads JSON Lines: ids from the id key, bad JSON and non-objects as error rows, blank lines skipped", async () => {
    const input = [
      '{"id":"a","citizenships":["FR"]}',
      "",
      "{not json",
      '{"id":7,"citizenships":["IN"],"colour":"red"}',
      "[1,2]",
      '{"citizenships":["CA"]}',
    ].join("\n");
    const { summary, text } = await runOnFakeEngine(input, { inputFormat: "jsonl", format: "jsonl" });
    const rows = jsonLines(text);
    expect(rows.map((r) => [r.id, r.line, r.status])).toEqual([
      ["a", 1, "ok"],
      ["3", 3, "error"],
      ["7", 4, "error"],
      ["5", 5, "error"],
      ["6", 6, "ok"],
    ]);
    expect(rows[1].errors[0]).toMatch(/^not valid JSON/);
    expect(rows[2].errors).toEqual(['colour: unknown key "colour"']);
    expect(rows[3].errors).toEqual(["expected a JSON object"]);
    expect(rows[0].documents).toEqual(["passport"]);
    expect(summary).toMatchObject({ rows: 5, ok: 2, errors: 3 });
  });

  it("sets every row's arrival with asOf", async () => {
    const asOfs: string[] = [];
    await runOnFakeEngine('{"citizenships":["FR"],"arrival":"2023-01-01"}\n{"citizenships":["FR"]}\n', {
      inputFormat: "jsonl",
      format: "jsonl",
      asOf: "2025-02-03",
      assess: (input, o) => {
        asOfs.push((input as { arrival: string }).arrival);
        return fakeAssess(input, o);
      },
    });
    expect(asOfs).toEqual(["2025-02-03", "2025-02-03"]);
  });

  it("refuses a header with a repeated field before writing anything", async () => {
    const out = sink();
    await expect(
      runBatch({ ...ON_FAKE_ENGINE, input: Readable.from(["id,permit,permit\n1,pgwp,pgwp\n"]), output: out }),
    ).rejects.toBeInstanceOf(HeaderError);
    expect(out.text()).toBe("");
  });
});

describe("CSV edge cases", () => {
  it("round-trips quoted fields, a BOM, CRLF line ends and French accents", async () => {
    const ids = ['Zoë "la" Côté, Québec', "Hélène\r\nsur deux lignes", "François;Ærø", "plain"];
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const input = `\uFEFFid,citizenships,age\r\n${ids.map((id, i) => `${quote(id)},${i % 2 ? "IN" : "FR"},3${i}`).join("\r\n")}\r\n`;
    const { summary, text } = await runOnFakeEngine(Buffer.from(input, "utf8"), { lang: "fr", bom: true });
    expect(summary).toMatchObject({ rows: 4, ok: 4, errors: 0 });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = readCsv(text);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => r.poe)).toEqual(["yes", "no", "yes", "no"]);
    // A row's line is where it starts; the two-line cell moves the next rows down by one.
    expect(rows.map((r) => r.line)).toEqual(["2", "3", "5", "6"]);
    expect(rows[1]!.explanation).toBe(
      'Faites la demande en ligne avant de partir\u00a0; si elle est approuvée, le permis est imprimé à la frontière. Un visa est exigé; virgule, "guillemets".',
    );
  });

  it("turns an unreadable CSV row into an error row and goes on", async () => {
    const input = 'id,citizenships\na,FR\nb,"FR\nc,IN\n';
    const { summary, text } = await runOnFakeEngine(input, { format: "jsonl" });
    const rows = jsonLines(text);
    expect(rows[0]).toMatchObject({ id: "a", status: "ok" });
    expect(rows.at(-1).status).toBe("error");
    expect(rows.at(-1).errors[0]).toMatch(/^unreadable CSV row/);
    expect(summary.errors).toBe(1);
  });
});

describe("worker threads", () => {
  it("keep the output in input order, identical to the in-process run", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const cit = ["FR", "IN", "CA"][i % 3];
      // Uneven work per row so batches finish out of order across workers.
      const spin = (i * 7919) % 13 === 0 ? 400 : 0;
      lines.push(JSON.stringify({ id: `w${i}`, citizenships: [cit], spin }));
    }
    const input = `${lines.join("\n")}\n`;
    const run = (workers: number) =>
      runOnFakeEngine(input, {
        inputFormat: "jsonl",
        format: "jsonl",
        assessModule: FAKE_MODULE,
        workers,
        batchSize: 25,
        now: "2025-01-01T00:00:00Z",
      });
    const [threaded, local] = [await run(3), await run(0)];
    expect(threaded.summary.workers).toBe(3);
    const ids = jsonLines(threaded.text).map((r) => r.id);
    expect(ids).toEqual(lines.map((_, i) => `w${i}`));
    expect(threaded.text).toBe(local.text);
    expect(threaded.summary).toMatchObject({ rows: 3000, ok: 3000, poe: { yes: 2000, no: 1000 } });
  });
});

describe("streaming", () => {
  it("processes 200,000 rows with flat memory, never reading far ahead of what it wrote", async () => {
    const N = 200_000;
    let produced = 0;
    let written = 0;
    let maxLead = 0;
    const heap: number[] = [];
    let lastSample = 0;
    // Measure what is retained, not garbage waiting for collection.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    function* roster() {
      yield "id,citizenships,age,permit,jobOffer\n";
      for (let i = 0; i < N; i++) {
        produced++;
        maxLead = Math.max(maxLead, produced - written);
        yield `row-${i},${i % 2 ? "FR" : "IN;US"},${20 + (i % 40)},lmia,${i % 3 ? "yes" : "no"}\n`;
      }
    }
    const out = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _enc, cb) {
        const text = chunk.toString();
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) written++;
        if (written - lastSample >= 20_000) {
          lastSample = written;
          gc();
          heap.push(process.memoryUsage().heapUsed);
        }
        setImmediate(cb); // a destination slower than the producer
      },
    });
    const summary = await runBatch({
      ...ON_FAKE_ENGINE,
      input: Readable.from(roster(), { objectMode: false }),
      output: out,
    });
    expect(summary.rows).toBe(N);
    expect(written).toBe(N + 1); // header + one line per row
    // Streaming: the reader never got more than a few batches ahead of the writer.
    expect(maxLead).toBeLessThan(5_000);
    // Flat: the heap after the first samples does not keep growing with the input.
    expect(heap.length).toBeGreaterThan(8);
    const first = heap[0]!;
    const growth = Math.max(...heap) - first;
    // Holding the output alone would be ~30 MB of text; a flat run stays within a few MB.
    expect(growth).toBeLessThan(8 * 1024 * 1024);
  });
});
