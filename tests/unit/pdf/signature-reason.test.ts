import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { signatureReasonIn, type SignedDocument } from "@/lib/pdf/signature-reason";

const DOCUMENTS: SignedDocument[] = [
  { kind: "dossier", version: 3, draft: false },
  { kind: "dossier", version: 3, draft: true },
  { kind: "rendition", version: 3, draft: false, sealedIn: "en" },
  { kind: "portfolio", version: 2 },
  { kind: "soa", framework: "ISO/IEC 42001:2023" },
  { kind: "literacy" },
  { kind: "deployerPack" },
  { kind: "incident", reference: "INC-2026-004" },
  { kind: "policy", title: "Acceptable use of AI", number: 4 },
];

describe("a signature's reason (issue #22)", () => {
  it("is worded in the document's language, with its values, for every kind of signed document", () => {
    expect(signatureReasonIn("de", { kind: "incident", reference: "INC-2026-004" })).toBe(
      "Bericht über einen schwerwiegenden Vorfall INC-2026-004 (KI-Verordnung Art 73)",
    );
    expect(signatureReasonIn("fr", { kind: "rendition", version: 2, draft: true, sealedIn: "de" })).toBe(
      "Dossier AI Act, version 2 (brouillon), en français ; scellé en allemand",
    );
    expect(signatureReasonIn("en", { kind: "policy", title: "Acceptable use of AI", number: 4 })).toBe(
      "Acceptable use of AI, version 4",
    );
    for (const doc of DOCUMENTS) {
      const [en, de, fr] = LOCALES.map((locale) => signatureReasonIn(locale, doc));
      // Each language has its own words, except a reason that is only the values (a policy's title and number).
      if (doc.kind !== "policy") expect(new Set([en, de, fr]).size).toBe(3);
      for (const reason of [en, de, fr]) expect(reason).not.toMatch(/[{}]/);
    }
  });
});
