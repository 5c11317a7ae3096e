import { describe, expect, it } from "vitest";
import { VALIDATION_CATALOGUES, validationText } from "@/lib/validations/i18n";
import { dataLayerSentences, staleExceptions } from "./data-layer-scan";
import { validationMessageKeys } from "./validation-scan";

const placeholders = (text: string) => text.match(/\{n\}/g)?.length ?? 0;

describe("validation messages in every language", () => {
  const keys = validationMessageKeys();

  it("finds the schemas' messages (the scan still reads the schemas)", () => {
    expect(keys.get("Use at most {n} characters.")).toBeDefined();
    expect(keys.get("The two passwords do not match.")).toBe("auth.ts");
    expect(keys.size).toBeGreaterThan(150);
  });

  for (const [locale, catalogue] of Object.entries(VALIDATION_CATALOGUES)) {
    it(`${locale} has every message a person can see, with the same numbers`, () => {
      const missing = [...keys].filter(([key]) => catalogue[key] === undefined).map(([key, file]) => `${file}: ${key}`);
      expect(missing).toEqual([]);
      const mismatched = Object.entries(catalogue).filter(([key, text]) => placeholders(key) !== placeholders(text));
      expect(mismatched).toEqual([]);
    });
  }
});

// An action passes the data layer's refusal on to the person, who reads it in their language (the REST API keeps the
// English); a new refusal without a translation fails here, naming its file. A sentence built with values is tried
// with sample values, as error-patterns.ts must recognise it with any.
describe("the data layer's refusals in every language", () => {
  const sentences = dataLayerSentences();
  const shown = [...sentences.values()].filter((s) => !s.setAside);

  it("finds the refusals (the scan still reads lib/dal and lib/net)", () => {
    const members = sentences.get(
      "The organisation needs at least one administrator. Make someone else an administrator first.",
    );
    expect(members?.file).toBe("lib/dal/accounts/members.ts");
    expect(sentences.get("Choose a person of the register.")?.file).toBe("lib/dal/literacy/completions.ts");
    expect(sentences.get("The host … could not be resolved.")).toMatchObject({
      file: "lib/net/url-guard.ts",
      english: "The host Example could not be resolved.",
    });
    expect(shown.length).toBeGreaterThan(150);
    expect(shown.filter((s) => s.built).length).toBeGreaterThan(40);
  });

  it("sets aside only sentences it still finds", () => {
    expect(staleExceptions(sentences)).toEqual([]);
  });

  for (const locale of Object.keys(VALIDATION_CATALOGUES)) {
    it(`${locale} has every refusal`, () => {
      const missing = shown.filter((s) => validationText(locale, s.english) === s.english);
      expect(missing.map((s) => `${s.file}: ${s.shape}`)).toEqual([]);
    });
  }
});

describe("validationText", () => {
  it("puts the message's own numbers into the translation, grouped the language's way", () => {
    expect(validationText("de", "Use at most 200 characters.")).toBe("Verwenden Sie höchstens 200 Zeichen.");
    expect(validationText("de", "Use at most 4,000 characters.")).toBe("Verwenden Sie höchstens 4.000 Zeichen.");
    expect(validationText("fr", "Use at most 4,000 characters.")).toBe("Utilisez 4\u202f000 caractères au plus.");
    expect(validationText("fr", "Enter a date between 2024 and 2030.")).toBe("Saisissez une date entre 2024 et 2030.");
  });

  it("leaves English, and a message no catalogue has, as they are", () => {
    expect(validationText("en", "Use at most 4,000 characters.")).toBe("Use at most 4,000 characters.");
    expect(validationText("de", "A message nobody catalogued.")).toBe("A message nobody catalogued.");
  });
});
