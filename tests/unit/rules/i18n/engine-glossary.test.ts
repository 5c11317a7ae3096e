import { describe, expect, it } from "vitest";
import { GLOSSARIES, type GlossaryTerm, type GlossaryTermId } from "@/lib/rules/glossary";
import { RULE_CATALOGUES, ruleText } from "@/lib/rules/i18n";
import { sampledTexts } from "./engine-samples";

// The Act's terms the engine's texts use; placing on the market and the like are verbs as often as nouns, so a
// translation may rightly not contain the noun.
const TERMS: readonly GlossaryTermId[] = [
  "aiSystem",
  "provider",
  "deployer",
  "importer",
  "distributor",
  "authorisedRepresentative",
  "highRiskAiSystem",
  "generalPurposeAiModel",
  "systemicRisk",
  "seriousIncident",
  "postMarketMonitoring",
  "fundamentalRightsImpactAssessment",
  "notifiedBody",
  "conformityAssessment",
  "aiLiteracy",
  "marketSurveillanceAuthority",
  "technicalDocumentation",
  "humanOversight",
  "riskManagementSystem",
  "qualityManagementSystem",
  "ceMarking",
  "euDatabase",
  "aiOffice",
  "substantialModification",
];

const forms = (term: GlossaryTerm) => [term.one, term.other].filter((form): form is string => !!form);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const namesTerm = (english: string, term: GlossaryTerm) =>
  forms(term).some((form) => new RegExp(`\\b${escape(form)}\\b`, "i").test(english));
// German and French inflect: each word of the form, less its last two letters when it is long, must appear.
const stems = (form: string) => form.split(" ").map((word) => (word.length > 5 ? word.slice(0, -2) : word));
const usesTerm = (translation: string, term: GlossaryTerm) =>
  forms(term).some((form) => stems(form).every((stem) => translation.toLowerCase().includes(stem.toLowerCase())));

describe("the engine's translations use the Act's terms", () => {
  it.each(["de", "fr"])(
    "%s",
    (locale) => {
      const english = new Set([...Object.keys(RULE_CATALOGUES.de!), ...sampledTexts().keys()]);
      const wrong: string[] = [];
      let checked = 0;
      for (const text of english)
        for (const id of TERMS) {
          if (!namesTerm(text, GLOSSARIES.en![id])) continue;
          checked++;
          const translation = ruleText(locale, text);
          if (!usesTerm(translation, GLOSSARIES[locale]![id])) wrong.push(`${id}: ${text} → ${translation}`);
        }
      expect(wrong).toEqual([]);
      // The check must have met the terms, or it proves nothing.
      expect(checked).toBeGreaterThan(100);
    },
    60_000,
  );
});
