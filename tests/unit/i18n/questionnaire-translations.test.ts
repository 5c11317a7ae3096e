import { describe, expect, it } from "vitest";
import { GLOSSARIES, GLOSSARY_TERM_IDS } from "@/lib/rules/glossary";
import { QUESTIONNAIRE as DE } from "@/lib/rules/i18n/de/questionnaire";
import { QUESTIONNAIRE as FR } from "@/lib/rules/i18n/fr/questionnaire";
import { questionnaireTexts } from "@/lib/rules/questionnaire/texts";

// One questionnaire serves every rule set (lib/rules/registry changes the law's data, not the questions), so
// walking it walks every question a person can be asked.
const CATALOGUES = { de: DE, fr: FR } as const;
const LOCALES = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];
const ENGLISH = questionnaireTexts();

// A legal term's form with each word's last two letters free, so inflected forms count ("Anbieters",
// "notifizierten Stelle", "systèmes d'IA"), while a different word does not.
function termPattern(form: string): RegExp {
  const words = form.split(/\s+/).map((word) => {
    const stem = word.length > 5 ? word.slice(0, -2) : word;
    return `${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\p{L}*`;
  });
  return new RegExp(words.join("\\s+"), "iu");
}

const englishTerm = (form: string) => new RegExp(`\\b${form.replace(/-/g, "\\-")}\\b`, "i");

describe("questionnaire translations", () => {
  it("finds the questionnaire's texts", () => {
    expect(ENGLISH.length).toBeGreaterThan(400);
  });

  it.each(LOCALES)("%s translates every text, none empty", (locale) => {
    const catalogue = CATALOGUES[locale];
    const missing = ENGLISH.filter((text) => !(text in catalogue));
    expect(missing, `${locale} lacks ${missing.length} texts`).toEqual([]);
    const empty = ENGLISH.filter((text) => !catalogue[text]?.trim());
    expect(empty).toEqual([]);
  });

  // A reworded English text leaves its old translation behind, keyed by text nobody shows any more.
  it.each(LOCALES)("%s holds no translation of a text the questionnaire no longer has", (locale) => {
    const known = new Set(ENGLISH);
    expect(Object.keys(CATALOGUES[locale]).filter((text) => !known.has(text))).toEqual([]);
  });

  it.each(LOCALES)("%s keeps every article citation of the English text", (locale) => {
    for (const text of ENGLISH) {
      for (const citation of text.match(/\bArt \d+(\(\w+\))*/g) ?? []) {
        expect(CATALOGUES[locale][text], `${locale}: ${citation} in "${text.slice(0, 60)}…"`).toContain(citation);
      }
    }
  });

  it.each(LOCALES)("%s uses the Act's own term wherever the English names a glossary term", (locale) => {
    const english = GLOSSARIES.en!;
    const translated = GLOSSARIES[locale]!;
    let checked = 0;
    for (const id of GLOSSARY_TERM_IDS) {
      const forms = [translated[id].one, translated[id].other].filter((f): f is string => !!f);
      const englishForms = [english[id].one, english[id].other].filter((f): f is string => !!f);
      for (const text of ENGLISH.filter((t) => englishForms.some((form) => englishTerm(form).test(t)))) {
        const translation = CATALOGUES[locale][text] ?? "";
        expect(
          forms.some((form) => termPattern(form).test(translation)),
          `${locale} ${id}: "${translation}" uses none of ${forms.join(" / ")}`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("matches inflected forms of a term, not other words", () => {
    expect(termPattern("notifizierte Stelle").test("durch eine notifizierten Stelle")).toBe(true);
    expect(termPattern("système d'IA").test("des systèmes d'IA")).toBe(true);
    expect(termPattern("Anbieter").test("des Anbieters")).toBe(true);
    expect(termPattern("Betreiber").test("der Nutzer")).toBe(false);
  });
});
