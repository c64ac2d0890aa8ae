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
import { localOf, localSource } from "../sources.js";
import { type BorderFee, splitAdvisories } from "../trip.js";

/** Everything the PDF shows, already in the reader's language. */
export interface ChecklistContent {
  lang: Lang;
  title: string;
  verdict: string;
  asOf: string;
  generated: string;
  blockersHeading: string;
  blockers: { text: string; sources: string[] }[];
  beforeTravelHeading: string;
  beforeTravel: { text: string; sources: string[] }[];
  documentsHeading: string;
  documents: string[];
  documentsNone: string;
  feesHeading: string;
  fees: { text: string; sources: string[] }[];
  changesHeading: string;
  changes: string[];
  advisoriesHeading: string;
  advisories: { text: string; sources: string[] }[];
  answersHeading: string;
  answers: { question: string; answer: string }[];
  footer: string;
}

/** What the page adds to the assessment: the date the rules were taken at, the answers, what would change it. */
export interface ChecklistExtras {
  /** `YYYY-MM-DD`: the arrival date, or today when none was given. */
  rulesDate?: string;
  answers?: { question: string; answer: string }[];
  changes?: string[];
  /** The fees paid at the border (`borderFees`). */
  fees?: readonly BorderFee[];
}

/** Builds the PDF's content from an assessment made in `lang`. */
export function checklistContent(
  a: Assessment,
  lang: Lang,
  today: Date,
  extras: ChecklistExtras = {},
): ChecklistContent {
  const s = STRINGS[lang];
  const { beforeTravel, other } = splitAdvisories(a);
  // The French checklist links the French version of each source the rulebook records one for.
  const local = (urls: readonly string[]) => urls.map((u) => localSource(u, lang).url);
  const withSources = (x: { text: string; sources: string[] }) => ({
    text: x.text,
    sources: local(x.sources),
  });
  return {
    lang,
    title: s.pdf.title,
    verdict: verdictSentence(lang, a.poe, a.route),
    asOf: s.result.asOf(formatDate(lang, extras.rulesDate ?? a.asOf), a.rulebook),
    generated: s.pdf.generated(formatDate(lang, today.toISOString())),
    blockersHeading: s.result.why,
    blockers: a.blockers.map((b) => ({ text: b.because, sources: local(b.sources) })),
    beforeTravelHeading: s.result.beforeTravel,
    beforeTravel: beforeTravel.map(withSources),
    documentsHeading: s.result.documents,
    documents: a.documents.map((d) => d.text),
    documentsNone: s.result.documentsNone,
    feesHeading: s.result.fees,
    fees: (extras.fees ?? []).map((f) => ({
      text: f.text,
      sources: f.sources.map((x) => localOf(x, lang).url),
    })),
    changesHeading: s.result.whatWouldChange,
    changes: extras.changes ?? [],
    advisoriesHeading: s.result.advisories,
    advisories: other.map(withSources),
    answersHeading: s.result.yourAnswers,
    answers: extras.answers ?? [],
    footer: s.pdf.footer,
  };
}

/**
 * Splits a URL into lines no wider than `width`: only after `/ ? & =` or before `- . _ #`, never
 * between two letters or digits (a run longer than a line, which no source has, is cut where it
 * must). A line never ends with a hyphen, so text extraction (pdftotext) does not take the break
 * for a hyphenated word and drop the hyphen: the lines joined are the URL again.
 *
 * @example
 * ```ts
 * breakUrl("https://a.ca/very/long-path.html", (t) => t.length, 16);
 * // ["https://a.ca/", "very/long-path", ".html"]
 * ```
 */
export function breakUrl(url: string, measure: (text: string) => number, width: number): string[] {
  const parts = url.split(/(?<=[/?&=])|(?=[-._#])/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let part of parts) {
    if (line !== "" && measure(line + part) > width) {
      lines.push(line);
      line = "";
    }
    while (measure(part) > width && part.length > 1) {
      let n = part.length - 1;
      while (n > 1 && measure(part.slice(0, n)) > width) n--;
      lines.push(part.slice(0, n));
      part = part.slice(n);
    }
    line += part;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const INK = "#1a1a1a";
const MUTED = "#444444";
const LINK = "#1a4f8b";

type Struct = PDFKit.PDFStructureElement;

/**
 * Draws the checklist on `doc` and ends it. When the document was made with `tagged: true`, every
 * heading, paragraph and list is a structure element (H1, H2, P, L/LI/Lbl/LBody) under one
 * `Document` element, so screen readers and PDF/UA checkers can read it in order.
 */
export function drawChecklist(doc: PDFKit.PDFDocument, c: ChecklistContent): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const root: Struct = doc.struct("Document");
  doc.addStructure(root);

  const para = (text: string, opts: PDFKit.Mixins.TextOptions & { structType?: string } = {}) =>
    doc.text(text, left, doc.y, {
      width,
      structParent: root,
      structType: "P",
      ...opts,
    } as PDFKit.Mixins.TextOptions);

  doc.fillColor(INK).font("Helvetica-Bold").fontSize(18);
  para(c.title, { structType: "H1" } as never);
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(13);
  para(c.verdict);
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(9).fillColor(MUTED);
  para(c.asOf);
  para(c.generated);

  const heading = (text: string) => {
    doc.moveDown(1);
    doc.fillColor(INK).font("Helvetica-Bold").fontSize(13);
    para(text, { structType: "H2" } as never);
    doc.moveDown(0.3);
  };
  /** A bulleted list whose wrapped lines hang under the text, not under the bullet. */
  const list = (items: string[], size: number) => {
    if (items.length === 0) return;
    const l: Struct = doc.struct("L");
    root.add(l);
    doc.font("Helvetica").fontSize(size).fillColor(INK);
    doc.list(items, left + 4, doc.y, {
      width: width - 4,
      bulletRadius: 2,
      textIndent: 12,
      structParent: l,
      paragraphGap: 3,
    } as PDFKit.Mixins.TextOptions);
    l.end();
  };
  /** Each source as a link whose lines break between the URL's parts and hang under its first line. */
  const sources = (urls: string[]) => {
    doc.font("Helvetica").fontSize(8).fillColor(LINK);
    const x = left + 16;
    for (const url of urls) {
      const lines = breakUrl(url, (t) => doc.widthOfString(t), width - 16);
      root.add(
        doc.struct("P", {}, () => {
          for (const line of lines) {
            const h = doc.currentLineHeight(true);
            if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
            const y = doc.y;
            doc.text(line, x, y, { link: url, lineBreak: false });
            doc.y = y + h;
          }
        }),
      );
    }
    doc.fillColor(INK);
  };
  const withSources = (items: { text: string; sources: string[] }[], size: number) => {
    for (const x of items) {
      list([x.text], size);
      sources(x.sources);
      doc.moveDown(0.3);
    }
  };

  if (c.blockers.length > 0) {
    heading(c.blockersHeading);
    withSources(c.blockers, 11);
  }
  if (c.beforeTravel.length > 0) {
    heading(c.beforeTravelHeading);
    withSources(c.beforeTravel, 11);
  }

  heading(c.documentsHeading);
  if (c.documents.length === 0) {
    doc.font("Helvetica").fontSize(11);
    para(c.documentsNone);
  }
  if (c.documents.length > 0) {
    const l: Struct = doc.struct("L");
    root.add(l);
    for (const d of c.documents) {
      doc.font("Helvetica").fontSize(11);
      // Keep the box and its line on one page.
      if (doc.y + doc.heightOfString(d, { width: width - 22 }) > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
      }
      const y = doc.y;
      const li: Struct = doc.struct("LI");
      l.add(li);
      li.add(
        doc.struct("Lbl", {}, () => {
          doc
            .lineWidth(1)
            .strokeColor(INK)
            .rect(left, y + 1, 10, 10)
            .stroke();
        }),
      );
      li.add(
        doc.struct("LBody", {}, () => {
          doc.fillColor(INK).text(d, left + 22, y, { width: width - 22 });
        }),
      );
      li.end();
      doc.moveDown(0.4);
    }
    l.end();
  }
  if (c.fees.length > 0) {
    heading(c.feesHeading);
    withSources(c.fees, 11);
  }

  if (c.changes.length > 0) {
    heading(c.changesHeading);
    list(c.changes, 10);
  }
  if (c.advisories.length > 0) {
    heading(c.advisoriesHeading);
    withSources(c.advisories, 10);
  }
  if (c.answers.length > 0) {
    heading(c.answersHeading);
    list(
      c.answers.map((a) => `${a.question} ${a.answer}`),
      9,
    );
  }

  doc.moveDown(1);
  doc.font("Helvetica-Oblique").fontSize(9).fillColor(MUTED);
  para(c.footer);
  root.end();
  doc.end();
}

/**
 * The document's options: US Letter, tagged (PDF/UA-style structure, language and title, the title
 * shown as the window's title), in one place for the page and the tests.
 */
export function checklistPdfOptions(lang: Lang, title: string): PDFKit.PDFDocumentOptions {
  return {
    size: "LETTER",
    margin: 54,
    pdfVersion: "1.7",
    tagged: true,
    displayTitle: true,
    lang: lang === "fr" ? "fr-CA" : "en-CA",
    info: { Title: title },
  };
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
