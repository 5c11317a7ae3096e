import { describe, expect, it } from "vitest";
import { validationText } from "@/lib/validations/i18n";

// The organisation import's problems as lib/dal/org-transfer/internal/import-validate.ts words them; the shapes the
// integration tests do not reach through a crafted file.
const LINES = [
  "Table webhook, row 2, column secret: is a credential that exports leave out; an import cannot set it.",
  "Table aiSystem, row 1, column tags: must be a list of text.",
  "Table aiSystem, row 1, column memberStates: must be a list ([]), not null.",
  "Table obligation, row 3, column systemId: refers to s9, which is not a AiSystem row of this file; an import may only refer to rows it contains.",
  "Table people, row 2, column id: repeats id u1.",
  "Table aiSystem, row 1, column odd: has a type (Decimal) that an import cannot restore.",
  "Table monitoringPlan, row 1, column items: must be a list of objects.",
  "Table monitoringPlan, row 1, column items: has an item whose ownerId is not text.",
  "Table evidenceVersion, row 1, column sha256: does not match the file's content: the export is damaged or was altered.",
  "Table evidenceVersion, row 1, column content: The file is empty.",
  "Table aiSystem: has rows that break a uniqueness rule together (for example two rows with the same name).",
  "Table aiSystem, row 4, column id: is required: every row needs the id it had in the export.",
];
const ENGLISH = /\b(row|column|is|must|refers|which|has|the|rows|repeats)\b/;

describe("the organisation import's problems, in German and French", () => {
  it.each(LINES)("%s", (line) => {
    for (const locale of ["de", "fr"]) {
      const said = validationText(locale, line);
      expect(said.replace(/^Table /, ""), locale).not.toMatch(ENGLISH);
      for (const kept of ["aiSystem", "webhook", "s9", "u1", "Decimal", "AiSystem"].filter((v) => line.includes(v)))
        expect(said).toContain(kept);
    }
  });

  it("says how many there are, at least how many, and how many more, in each language's words", () => {
    const english =
      "Nothing was imported: the file has at least 50 problems (and 45 more). Table aiSystem, row 1, column name: is required. Table aiSystem, row 2, column name: is required.";
    expect(validationText("de", english)).toBe(
      "Es wurde nichts importiert: Die Datei hat mindestens 50 Probleme (und 45 weitere). Tabelle aiSystem, Zeile 1, Spalte name: ist erforderlich. Tabelle aiSystem, Zeile 2, Spalte name: ist erforderlich.",
    );
    expect(validationText("fr", english)).toBe(
      "Rien n'a été importé : le fichier comporte au moins 50 problèmes (et 45 autres). Table aiSystem, ligne 1, colonne name : est obligatoire. Table aiSystem, ligne 2, colonne name : est obligatoire.",
    );
  });
});
