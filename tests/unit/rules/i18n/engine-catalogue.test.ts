import { describe, expect, it } from "vitest";
import { RULE_SET_2026_07_OMNIBUS } from "@/lib/rules/data/2026-07-omnibus";
import { RULE_SET_2026_07_OMNIBUS_R2 } from "@/lib/rules/data/2026-07-omnibus-r2";
import { hasRuleText, ruleText } from "@/lib/rules/i18n";
import { ROLE_LABELS, TIER_LABELS } from "@/lib/rules/labels";
import { listRuleSets } from "@/lib/rules/registry";
import { sampledTexts } from "./engine-samples";

const TRANSLATED = ["de", "fr"] as const;
const RULE_SETS = [RULE_SET_2026_07_OMNIBUS, RULE_SET_2026_07_OMNIBUS_R2];

describe("the engine's texts in German and French", () => {
  it("covers every rule set of the registry", () => {
    expect(RULE_SETS.map((rs) => rs.id)).toEqual(listRuleSets().map((rs) => rs.id));
  });

  it.each(TRANSLATED)("%s: every obligation template's title and summary", (locale) => {
    const missing = RULE_SETS.flatMap((rs) =>
      rs.obligations.flatMap((o) => [o.title, o.summary].filter((text) => !hasRuleText(locale, text))),
    );
    expect(missing).toEqual([]);
  });

  it.each(TRANSLATED)("%s: every tier and role label", (locale) => {
    const labels = [...Object.values(TIER_LABELS), ...Object.values(ROLE_LABELS)];
    expect(labels.filter((label) => !hasRuleText(locale, label))).toEqual([]);
  });

  it.each(TRANSLATED)("%s: every Art 5 stop duty and disputed point", (locale) => {
    const texts = RULE_SETS.flatMap((rs) => [
      ...Object.values(rs.art5).map((point) => `Stop: ${point.title}`),
      ...Object.values(rs.contested).map((point) => point.text),
    ]);
    expect(texts.filter((text) => !hasRuleText(locale, text))).toEqual([]);
  });

  // Sampled results reach the texts built from answers (dates, Annex I laws, Art 6(3) conditions) as well.
  it("every finding, open question, note, removal, contradiction and obligation a result shows", () => {
    const missing: string[] = [];
    for (const [english, where] of sampledTexts())
      for (const locale of TRANSLATED)
        if (!hasRuleText(locale, english)) missing.push(`${locale} ${where}: ${english}`);
    expect(missing).toEqual([]);
  }, 60_000);
});

describe("texts built from parts", () => {
  const BAN = "It predicts whether a natural person will offend based solely on profiling or personality traits.";

  it("translates the parts and keeps dates and citations", () => {
    const text = `${BAN} The ban applies from 2026-12-02; until then the practice is not yet prohibited.`;
    expect(ruleText("de", text)).toBe(
      `${ruleText("de", BAN)} Das Verbot gilt ab 2026-12-02; bis dahin ist die Praktik noch nicht verboten.`,
    );
    const law =
      "A safety component of, or itself, a product under Directive 2014/33/EU (lifts) (Annex I Section A point 4)";
    const built = `${law} that needs third-party conformity assessment: high-risk, with the AI requirements assessed inside the sectoral procedure.`;
    expect(ruleText("fr", built)).toContain("Directive 2014/33/UE (ascenseurs) (Annex I Section A point 4)");
  });

  // One of each kind the engine builds; the sampled results above meet them only by chance.
  const BUILT = [
    "It generates synthetic content; as a system placed before 2026-08-02, marking is due by 2026-12-02.",
    "The provider relies on Art 6(3)(a), Art 6(3)(b) and the system does not profile natural persons, so it is not high-risk; the assessment must be documented and the system registered.",
    "The product falls under 2 Annex I laws (Annex I Section A point 11; Annex I Section B point 17); the strictest route applies, Annex I Section A point 11.",
    "A safety component of, or itself, a product under Regulation (EU) No 168/2013 (two- or three-wheel vehicles) (Annex I Section B point 14) that needs third-party assessment: high-risk, but only Arts 6(1), 60a and 102-112 apply directly; the AI requirements arrive through sectoral law.",
    "Placed on the market before 2025-08-02: the model must comply by 2027-08-02.",
    "A component of an Annex X large-scale IT system placed before 2027-08-02: it must comply by 2030-12-31.",
    "Placed before 2027-12-02 and intended for public authorities: it must comply by 2030-08-02 regardless of changes.",
    "Placed before 2028-08-02 and not significantly changed since: the high-risk duties apply only once its design changes significantly.",
    "The as-of date 2025-02-02 precedes rule set 2026-07-omnibus (in force from 2026-07-27); the law before then is not encoded, so dates and duties may differ.",
    "Stop: Child sexual abuse material",
  ];

  it.each(TRANSLATED)("%s: every kind of built text, keeping its dates and points", (locale) => {
    for (const text of BUILT) {
      expect(hasRuleText(locale, text), text).toBe(true);
      const translation = ruleText(locale, text);
      expect(translation).not.toBe(text);
      for (const kept of text.match(/\d{4}-\d\d-\d\d|Art 6\(3\)\(\w\)|Annex I Section \w point \d+/g) ?? [])
        expect(translation, text).toContain(kept);
    }
  });

  it("names an Annex III use by its translated title", () => {
    const text =
      "Polygraphs and similar tools is high-risk only when used by or on behalf of the authorities Annex III names; that is not the case here.";
    expect(ruleText("de", text)).toMatch(/^„Lügendetektoren und ähnliche Instrumente“ ist nur hochriskant/);
    expect(ruleText("fr", text)).toMatch(/^« Polygraphes et outils similaires » n'est à haut risque/);
  });

  it("is incomplete, and shows the English part, when a part has no translation", () => {
    const text = "Something new. The ban applies from 2026-12-02; until then the practice is not yet prohibited.";
    expect(hasRuleText("de", text)).toBe(false);
    expect(ruleText("de", text)).toBe(
      "Something new. Das Verbot gilt ab 2026-12-02; bis dahin ist die Praktik noch nicht verboten.",
    );
  });

  it("leaves English, and languages without a catalogue, as they are", () => {
    expect(hasRuleText("en", "Anything")).toBe(true);
    expect(ruleText("en", TIER_LABELS.high)).toBe("High-risk");
    expect(hasRuleText("xx", TIER_LABELS.high)).toBe(false);
    expect(ruleText("xx", TIER_LABELS.high)).toBe("High-risk");
  });
});
