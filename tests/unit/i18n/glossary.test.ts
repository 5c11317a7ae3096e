import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { GLOSSARIES, GLOSSARY_TERM_IDS, type GlossaryTermId } from "@/lib/rules/glossary";
import { flatten, readMessages } from "./message-scan";

const isTermId = (segment: string): segment is GlossaryTermId =>
  (GLOSSARY_TERM_IDS as readonly string[]).includes(segment);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

describe("legal glossary", () => {
  it("has a glossary for every interface language and no other", () => {
    expect(Object.keys(GLOSSARIES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)("%s names every term", (locale) => {
    const glossary = GLOSSARIES[locale]!;
    expect(Object.keys(glossary).sort()).toEqual([...GLOSSARY_TERM_IDS].sort());
    for (const id of GLOSSARY_TERM_IDS) expect(glossary[id].one.trim(), id).not.toBe("");
  });

  it("keeps the Act's own words for the terms the issue names", () => {
    expect(GLOSSARIES.de!.provider.one).toBe("Anbieter");
    expect(GLOSSARIES.fr!.deployer.one).toBe("déployeur");
    expect(GLOSSARIES.de!.highRiskAiSystem.one).toBe("Hochrisiko-KI-System");
    expect(GLOSSARIES.fr!.highRiskAiSystem.one).toBe("système d'IA à haut risque");
  });

  // A message whose key ends in a term's id (Nav.aiLiteracy) must use that language's form of the term, so no
  // translator can write a free rendering of a legal term where the key says which term it is.
  it.each(LOCALES)("%s: messages keyed by a glossary term use the glossary's form", (locale) => {
    const glossary = GLOSSARIES[locale]!;
    const checked: string[] = [];
    for (const [key, message] of flatten(readMessages(locale))) {
      const id = key.split(".").at(-1)!;
      if (!isTermId(id)) continue;
      const forms = [glossary[id].one, glossary[id].other].filter((f): f is string => !!f).map(lowerFirst);
      expect(
        forms.some((form) => lowerFirst(message).includes(form)),
        `${locale} ${key} "${message}" uses none of ${forms.join(" / ")}`,
      ).toBe(true);
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(0);
  });
});
