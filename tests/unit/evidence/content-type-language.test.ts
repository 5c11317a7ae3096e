import { describe, expect, it } from "vitest";
import evidenceMessages from "@/messages/en/systems.json";
import { ALLOWED_EVIDENCE_TYPES_TEXT, checkEvidenceContent, MAX_EVIDENCE_BYTES } from "@/lib/evidence/content-type";
import { validationText } from "@/lib/validations/i18n";
import { exeBytes, pdfBytes, pngBytes, text, zipBytes } from "./fixtures";

// Every refusal the file check can give, read back in German and French (issue #22): no English words left, and
// what the file is and how its name ends kept as the check found them.
const REFUSED: [string, Uint8Array][] = [
  ["a.txt", new Uint8Array(0)],
  ["a.txt", new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x61)],
  ["report.pdf", exeBytes()],
  ["policy.docx", zipBytes({ "readme.txt": "hello" })],
  ["animation.gif", new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;")],
  ["report.pdf", pngBytes()],
  ["report", pdfBytes()],
  ["notes.txt", Uint8Array.from([0x66, 0xff, 0xfe, 0x41])],
  ["page.html", text("<script>alert(1)</script>")],
  ["README", text("# Model card")],
];
const ENGLISH = /\b(The|This|the|is|which|but|name|ends|upload|file's|over|limit|evidence)\b/;

describe("a refused file, in German and French", () => {
  it.each(REFUSED)("%s", async (name, bytes) => {
    const check = await checkEvidenceContent(bytes, name);
    if (check.ok) throw new Error(`${name} was accepted`);
    for (const locale of ["de", "fr"]) {
      const said = validationText(locale, check.message);
      expect(said, locale).not.toMatch(ENGLISH);
      for (const kept of check.message.match(/\.\w+\b(?! )|\d+(?:\.\d)? MB/g) ?? [])
        expect(said).toContain(kept.replace(" MB", ""));
    }
  });
});

// The form's hint names the types in each language's own words (messages/*/systems.json); the English one must say
// what the check accepts.
it("the upload form's English hint names the types the check accepts", () => {
  expect(evidenceMessages.Evidence.fileHint.startsWith(`${ALLOWED_EVIDENCE_TYPES_TEXT};`)).toBe(true);
});
