import { describe, expect, it } from "vitest";
import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import { documentationApplicability } from "@/lib/legal/applicability";
import { DEROGATION_FIELDS } from "@/lib/legal/derogation-fields";
import type { LegalField } from "@/lib/legal/fields";
import { FRIA_FIELDS } from "@/lib/legal/fria-fields";
import { LEGAL_CATALOGUES, legalText } from "@/lib/legal/i18n";
import { PROFILING_SIGN_OFF } from "@/lib/legal/profiling";
import { ROLE_LABELS, type ClassificationResult } from "@/lib/rules";
import { validationText } from "@/lib/validations/i18n";

// Every English text of the records' definitions, so a new or reworded label fails here until each language has it.
const fieldTexts = (fields: readonly LegalField[]) =>
  fields.flatMap((f) => [f.label, ...(f.hint ? [f.hint] : []), ...(f.options ?? []).map((o) => o.label)]);

function reasons(): string[] {
  const results = [
    { facets: { highRisk: null, derogation: { claimed: false }, friaRequired: false }, roles: [] },
    { facets: { highRisk: {}, derogation: { claimed: true }, friaRequired: true }, roles: ["provider"] },
  ] as unknown as ClassificationResult[];
  return [null, ...results].flatMap((r) => Object.values(documentationApplicability(r)).map((a) => a.reason));
}

const ENGLISH = [
  ...ANNEX_IV_SECTIONS.flatMap((s) => [s.title, s.summary, ...fieldTexts(s.fields)]),
  ...fieldTexts(FRIA_FIELDS),
  ...fieldTexts(DEROGATION_FIELDS),
  ...reasons(),
  PROFILING_SIGN_OFF,
  ...Object.values(ROLE_LABELS).map((r) => r.toLowerCase()),
];

describe("the legal records' catalogues", () => {
  it.each(Object.keys(LEGAL_CATALOGUES))("%s has every text of the records' definitions", (locale) => {
    const catalogue = LEGAL_CATALOGUES[locale as keyof typeof LEGAL_CATALOGUES];
    expect([...new Set(ENGLISH)].filter((text) => catalogue[text] === undefined)).toEqual([]);
  });

  it.each(Object.keys(LEGAL_CATALOGUES))("%s has no text the definitions no longer use", (locale) => {
    const used = new Set([...ENGLISH, "none"]);
    const catalogue = LEGAL_CATALOGUES[locale as keyof typeof LEGAL_CATALOGUES];
    expect(Object.keys(catalogue).filter((text) => !used.has(text))).toEqual([]);
  });

  it("keeps the article citations of each text", () => {
    for (const [locale, catalogue] of Object.entries(LEGAL_CATALOGUES))
      for (const [english, translated] of Object.entries(catalogue)) {
        const citations = english.match(/Art \d+(\(\d+\))*/g) ?? [];
        for (const c of citations) expect(translated, `${locale}: ${english}`).toContain(c);
      }
  });

  it("leaves English, and a text it does not know, as they are", () => {
    expect(legalText("en", "Intended purpose")).toBe("Intended purpose");
    expect(legalText("de", "Something new")).toBe("Something new");
  });

  it("words the sign-off's refusals in the person's language, the profiling one as the editor does", () => {
    for (const locale of ["de", "fr"] as const)
      expect(validationText(locale, PROFILING_SIGN_OFF)).toBe(legalText(locale, PROFILING_SIGN_OFF));
    expect(validationText("de", "Write and save the assessment before signing it off.")).toBe(
      "Verfassen und speichern Sie die Bewertung, bevor Sie sie freigeben.",
    );
    expect(validationText("fr", "Link only evidence of this system.")).toBe("Ne liez que des preuves de ce système.");
  });
});
