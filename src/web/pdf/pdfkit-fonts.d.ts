// pdfkit ships its standard-font metrics as modules; @types/pdfkit does not describe them.
declare module "pdfkit/standard-fonts/*" {
  const font: { name: string };
  export default font;
}
