/**
 * The checklist PDF: the verdict, the documents to bring (with boxes to tick), the reasons and
 * what else applies, each with its official source. Layout only: it draws on a pdfkit document
 * it is given, so the same code runs in the browser (lazy-loaded, see `load.ts`) and in Node tests.
 *
 * Built-in Helvetica is WinAnsi-encoded: every French character (é à ç œ « » and U+00A0) is in
 * WinAnsi, so no font is embedded and the file stays small.
 *
 * @example
 * ```ts
 * import PDFDocument from "pdfkit";
 * const doc = new PDFDocument({ size: "LETTER", info: { CreationDate: new Date(0) } });
 * const bytes = collectPdf(doc);
 * drawChecklist(doc, content);
 * await bytes; // Uint8Array starting with "%PDF-"
 * ```
 */
import type { Assessment, Lang } from "../../contract/assessment.js";
import { formatDate, STRINGS, verdictSentence } from "../i18n/strings.js";

/** Everything the PDF shows, already in the reader's language. */
export interface ChecklistContent {
  lang: Lang;
  title: string;
  verdict: string;
  asOf: string;
  generated: string;
  blockersHeading: string;
  blockers: { text: string; sources: string[] }[];
  documentsHeading: string;
  documents: string[];
  documentsNone: string;
  advisoriesHeading: string;
  advisories: { text: string; sources: string[] }[];
  footer: string;
}

/** Builds the PDF's content from an assessment made in `lang`. */
export function checklistContent(a: Assessment, lang: Lang, today: Date): ChecklistContent {
  const s = STRINGS[lang];
  return {
    lang,
    title: s.pdf.title,
    verdict: verdictSentence(lang, a.poe, a.route),
    asOf: s.result.asOf(formatDate(lang, a.asOf), a.rulebook),
    generated: s.pdf.generated(formatDate(lang, today.toISOString())),
    blockersHeading: s.result.why,
    blockers: a.blockers.map((b) => ({ text: b.because, sources: b.sources })),
    documentsHeading: s.result.documents,
    documents: a.documents.map((d) => d.text),
    documentsNone: s.result.documentsNone,
    advisoriesHeading: s.result.advisories,
    advisories: a.advisories.map((x) => ({ text: x.text, sources: x.sources })),
    footer: s.pdf.footer,
  };
}

const INK = "#1a1a1a";
const MUTED = "#444444";
const LINK = "#1a4f8b";

/** Draws the checklist on `doc` and ends it. */
export function drawChecklist(doc: PDFKit.PDFDocument, c: ChecklistContent): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.fillColor(INK).font("Helvetica-Bold").fontSize(18).text(c.title, { width });
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(13).text(c.verdict, { width });
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(9).fillColor(MUTED).text(c.asOf, { width }).text(c.generated, { width });

  const heading = (text: string) => {
    doc.moveDown(1);
    doc.fillColor(INK).font("Helvetica-Bold").fontSize(13).text(text, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const sources = (urls: string[]) => {
    for (const url of urls) {
      doc
        .font("Helvetica")
        .fontSize(8)
        .fillColor(LINK)
        .text(url, left + 14, doc.y, { width: width - 14, link: url });
    }
    doc.fillColor(INK);
  };

  if (c.blockers.length > 0) {
    heading(c.blockersHeading);
    for (const b of c.blockers) {
      doc.font("Helvetica").fontSize(11).fillColor(INK).text(`• ${b.text}`, left, doc.y, { width });
      sources(b.sources);
      doc.moveDown(0.3);
    }
  }

  heading(c.documentsHeading);
  if (c.documents.length === 0) {
    doc.font("Helvetica").fontSize(11).text(c.documentsNone, left, doc.y, { width });
  }
  for (const d of c.documents) {
    doc.font("Helvetica").fontSize(11);
    // Keep the box and its line on one page.
    if (doc.y + doc.heightOfString(d, { width: width - 22 }) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
    }
    const y = doc.y;
    doc
      .lineWidth(1)
      .strokeColor(INK)
      .rect(left, y + 1, 10, 10)
      .stroke();
    doc.fillColor(INK).text(d, left + 22, y, { width: width - 22 });
    doc.moveDown(0.4);
  }

  if (c.advisories.length > 0) {
    heading(c.advisoriesHeading);
    for (const a of c.advisories) {
      doc.font("Helvetica").fontSize(10).fillColor(INK).text(`• ${a.text}`, left, doc.y, { width });
      sources(a.sources);
      doc.moveDown(0.3);
    }
  }

  doc.moveDown(1);
  doc.font("Helvetica-Oblique").fontSize(9).fillColor(MUTED).text(c.footer, left, doc.y, { width });
  doc.end();
}

/** Collects a pdfkit document's output; call before drawing. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, ch) => n + ch.length, 0));
      let at = 0;
      for (const ch of chunks) {
        out.set(ch, at);
        at += ch.length;
      }
      resolve(out);
    });
  });
}
