import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../contract/assessment.js";
import {
  breakUrl,
  checklistContent,
  checklistPdfOptions,
  collectPdf,
  drawChecklist,
} from "./checklist-pdf.js";

const A: Assessment = {
  contract: 1,
  rulebook: "test",
  asOf: "2026-03-01T05:00:00.000Z",
  verifiedThrough: "2026-02-12",
  poe: "no",
  route: "apply-online-first",
  blockers: [
    {
      code: "visa-required",
      because: "Il vous faut un visa « de résident temporaire » : ça, c'est sûr.",
      sources: ["https://example.org/a"],
      rule: "R1",
    },
  ],
  documents: [
    { code: "passport", text: "Votre passeport valide." },
    {
      code: "caq-attestation",
      text: "L'attestation de délivrance du certificat d'acceptation du Québec (CAQ).",
    },
  ],
  advisories: [
    {
      code: "officer-decides",
      text: "L'agent décide ; Œuvre à Montréal, Trois-Rivières, Lévis.",
      sources: [],
      rule: "R2",
    },
  ],
  missing: [],
  refine: [],
};

const EXTRAS = {
  rulesDate: "2026-03-15",
  answers: [{ question: "Quelles citoyennetés avez-vous ?", answer: "Côte d'Ivoire" }],
  changes: ["Passer l'examen médical avant le voyage"],
};

/** The browser's options (load.ts), with a fixed creation date so the bytes repeat. */
async function render(a: Assessment, lang: "en" | "fr", extras = EXTRAS): Promise<Uint8Array> {
  const options = checklistPdfOptions(lang, "Liste");
  const doc = new PDFDocument({ ...options, info: { ...options.info, CreationDate: new Date(0) } });
  const bytes = collectPdf(doc);
  drawChecklist(doc, checklistContent(a, lang, new Date("2026-02-01T12:00:00Z"), extras));
  return bytes;
}

function withFile<T>(pdf: Uint8Array, f: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "pdf-"));
  try {
    writeFileSync(join(dir, "c.pdf"), pdf);
    return f(join(dir, "c.pdf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pdftotext(pdf: Uint8Array): string {
  if (!existsSync("/usr/bin/pdftotext"))
    throw new Error("pdftotext is missing: apt-get install -y poppler-utils");
  const dir = mkdtempSync(join(tmpdir(), "pdf-"));
  try {
    writeFileSync(join(dir, "c.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "c.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("checklist PDF", () => {
  it("keeps French accents, guillemets and Œ in the text layer", async () => {
    const pdf = await render(A, "fr");
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const text = pdftotext(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Permis de travail à la frontière : liste de vérification");
    expect(text).toContain("Apportez ces documents");
    expect(text).toContain("L'attestation de délivrance du certificat d'acceptation du Québec (CAQ).");
    expect(text).toContain("« de résident temporaire » : ça, c'est sûr.");
    expect(text).toContain("Œuvre à Montréal, Trois-Rivières, Lévis.");
    expect(text).toContain("https://example.org/a");
    expect(text).toContain("Préparée le 1 février 2026.");
  });

  it("is tagged: structure tree, language, title shown, headings and lists", async () => {
    const pdf = await render(A, "fr");
    const info = withFile(pdf, (f) => execFileSync("pdfinfo", [f], { encoding: "utf8" }));
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    // The structure itself (qpdf expands the object streams into plain text).
    const qdf = withFile(pdf, (f) =>
      execFileSync("qpdf", ["--qdf", "--object-streams=disable", f, "-"]).toString("latin1"),
    );
    for (const marker of [
      "/StructTreeRoot",
      "/Lang (fr-CA)",
      "/DisplayDocTitle true",
      "/S /H1",
      "/S /H2",
      "/S /L",
      "/S /LI",
      "/S /LBody",
    ]) {
      expect(qdf, marker).toContain(marker);
    }
  });

  it("holds the answers given, what would change it and the date the rules were taken at", async () => {
    const text = pdftotext(await render(A, "fr")).replace(/\s+/g, " ");
    expect(text).toContain("Vos réponses");
    expect(text).toContain("Quelles citoyennetés avez-vous ? Côte d'Ivoire");
    expect(text).toContain("Ce qui changerait la réponse");
    expect(text).toContain("Passer l'examen médical avant le voyage");
    expect(text).toContain("Règles en vigueur le 15 mars 2026");
  });

  it("is the same file for the same content (fixed creation date)", async () => {
    expect(await render(A, "en")).toEqual(await render(A, "en"));
  });

  it("says so when there is nothing to bring", async () => {
    const text = pdftotext(await render({ ...A, documents: [] }, "en")).replace(/\s+/g, " ");
    expect(text).toContain("No list of documents for the border on this route.");
  });

  it("flows onto more pages when the list is long", async () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      code: "passport" as const,
      text: `Document ${i + 1}`,
    }));
    const text = pdftotext(await render({ ...A, documents: many }, "en"));
    expect(text).toContain("Document 80");
    expect(text.split("\f").filter((p) => p.trim()).length).toBeGreaterThan(1);
  });

  const LONG_URL =
    "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/eligibility/employer-specific-labout-market-impact-assessment-exemptions.html";
  const IRPR = "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-198.html";
  const WRAPPING: Assessment = {
    ...A,
    blockers: [
      {
        code: "employer-offer-incomplete",
        because:
          "Your employer has not paid the compliance fee for this offer of employment through the Employer Portal, so the officer cannot issue the permit.",
        sources: [LONG_URL, IRPR],
        rule: "R-X",
      },
    ],
  };

  /** pdftotext's lines with where each starts (`-bbox-layout`). */
  function lines(pdf: Uint8Array): { x: number; text: string }[] {
    const html = withFile(pdf, (f) =>
      execFileSync("pdftotext", ["-bbox-layout", f, "-"], { encoding: "utf8" }),
    );
    return [...html.matchAll(/<line xMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
      x: Number(m[1]),
      text: [...m[2]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(" "),
    }));
  }

  it.each([
    ["after slashes, before dots", "https://a.ca/bb/cc/dd", 10, ["https://a", ".ca/bb/cc/", "dd"]],
    [
      "before a hyphen, never after it",
      "https://a.ca/long-path.html",
      16,
      ["https://a.ca/", "long-path.html"],
    ],
    ["before a hyphen inside a part", "https://a.ca/xx-yy-zz-ww", 15, ["https://a.ca/xx", "-yy-zz-ww"]],
    [
      "a part too long for a line is cut",
      "https://a.ca/abcdefghij",
      8,
      ["https://", "a.ca/", "abcdefgh", "ij"],
    ],
  ] as const)("breakUrl: %s", (_, url, width, expected) => {
    const got = breakUrl(url, (t) => t.length, width);
    expect(got).toEqual(expected);
    expect(got.join("")).toBe(url);
    for (const l of got) expect(l.length).toBeLessThanOrEqual(width);
    for (const l of got) expect(l.endsWith("-")).toBe(false);
  });

  it("breaks URLs cleanly (the lines joined are the URL), and hangs URLs and bullets under their text", async () => {
    const pdf = await render(WRAPPING, "en");
    // No line ends with a hyphen, so pdftotext does not join "temporary-" + "residents" as one word.
    const text = pdftotext(pdf);
    expect(text.replace(/\n/g, "")).toContain(LONG_URL);
    expect(text.replace(/\n/g, "")).toContain(IRPR);
    const all = lines(pdf);
    const start = all.findIndex((l) => l.text.startsWith("Your employer"));
    const end = all.findIndex((l, i) => i > start && l.text === "Bring these documents");
    const block = all.slice(start, end);
    // The reason wraps, and so does the long URL: every line starts where the first one does.
    expect(block.length).toBeGreaterThanOrEqual(4);
    expect(new Set(block.map((l) => l.x)).size).toBe(1);
    // Each line of the URL is a link to the whole URL.
    const qdf = withFile(pdf, (f) =>
      execFileSync("qpdf", ["--qdf", "--object-streams=disable", f, "-"]).toString("latin1"),
    );
    const uris = [...qdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(new Set(uris)).toEqual(new Set([LONG_URL, IRPR]));
  });

  it("links the French version of a source in the French checklist", async () => {
    const text = pdftotext(await render(WRAPPING, "fr")).replace(/\n/g, "");
    expect(text).toContain("https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-198.html");
    expect(text).not.toContain(IRPR);
  });
});
