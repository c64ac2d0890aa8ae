/**
 * Builds the checklist PDF in the browser. pdfkit and its font metrics are loaded only here, by
 * dynamic import, so they stay out of the main bundle (they are larger than it: ADR 0031); the
 * page works without them and only this button needs them. Import this module itself dynamically
 * too.
 */
import { type ChecklistContent, checklistPdfOptions, collectPdf, drawChecklist } from "./checklist-pdf.js";

export async function makeChecklistPdf(content: ChecklistContent): Promise<Blob> {
  const [pdfkit, helvetica, helveticaBold, helveticaOblique] = await Promise.all([
    import("pdfkit"),
    import("pdfkit/standard-fonts/Helvetica"),
    import("pdfkit/standard-fonts/HelveticaBold"),
    import("pdfkit/standard-fonts/HelveticaOblique"),
  ]);
  // The browser build of pdfkit has no file system: its standard fonts must be registered.
  const { registerStdFonts } = pdfkit as unknown as { registerStdFonts: (...fonts: unknown[]) => void };
  registerStdFonts(helvetica.default, helveticaBold.default, helveticaOblique.default);
  const PDFDocument = pdfkit.default;
  const doc = new PDFDocument(checklistPdfOptions(content.lang, content.title));
  const bytes = collectPdf(doc);
  drawChecklist(doc, content);
  const data = await bytes;
  return new Blob([data as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
}
