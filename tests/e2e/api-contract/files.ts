import type { FilePart } from "./probe";

/** A small file whose content is what its name says: a PDF the upload check accepts. */
export const PDF_FILE: FilePart = {
  name: "model-card.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
};

/** Files the server must refuse, by their content or by their name. */
export const BAD_FILES: { what: string; file: FilePart }[] = [
  { what: "an empty file", file: { ...PDF_FILE, buffer: Buffer.alloc(0) } },
  {
    what: "a Windows program named .pdf",
    file: { ...PDF_FILE, buffer: Buffer.from("4d5a90000300000004000000", "hex") },
  },
  { what: "HTML named .pdf", file: { ...PDF_FILE, buffer: Buffer.from("<html><script>alert(1)</script></html>") } },
  ...["../../etc/passwd", "a\u0000b.pdf", "\u202Efdp.exe", `${"x".repeat(300)}.pdf`, "CON.pdf", " .pdf"].map(
    (name) => ({ what: `file name ${JSON.stringify(name.slice(0, 16))}`, file: { ...PDF_FILE, name } }),
  ),
];
