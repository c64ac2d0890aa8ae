import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../contract/assessment.js";
import { checklistContent, collectPdf, drawChecklist } from "./checklist-pdf.js";

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

/** The same options as the browser's (load.ts): tagged PDF 1.7 with its language and title. */
async function render(a: Assessment, lang: "en" | "fr", extras = EXTRAS): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 54,
    pdfVersion: "1.7",
    tagged: true,
    displayTitle: true,
    lang: lang === "fr" ? "fr-CA" : "en-CA",
    info: { CreationDate: new Date(0), Title: "Liste" },
  });
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
});
