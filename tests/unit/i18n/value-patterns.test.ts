import { describe, expect, it } from "vitest";
import { validationText } from "@/lib/validations/i18n";

// The refusals with a value in them that lib/validations/i18n/value-patterns.ts says again: the value stays as it is,
// the words around it and what they count are the reader's.
describe("refusals with a value, in German and French", () => {
  it("lists a file's missing columns with the language's own 'and', keeping the column names", () => {
    const english = "The header row needs the columns Name and E-mail (columns: Name, E-mail, Job role).";
    expect(validationText("de", english)).toBe(
      "Die Kopfzeile braucht die Spalten Name und E-mail (Spalten: Name, E-mail, Job role).",
    );
    expect(validationText("fr", "The header row needs the column Name (columns: Name, E-mail).")).toBe(
      "L'en-tête doit contenir la colonne Name (colonnes : Name, E-mail).",
    );
  });

  it("says how many people are trained before asking why the Art 4 duty is met anyway", () => {
    const english =
      "1 of 2 operators and overseers trained, 1 refresher overdue: say why this duty is met anyway (at least 20 characters), or train them first.";
    expect(validationText("de", english)).toBe(
      "1 von 2 Personen in Betrieb oder Aufsicht geschult, 1 Auffrischung überfällig: Begründen Sie, warum diese Pflicht trotzdem erfüllt ist (mindestens 20 Zeichen), oder schulen Sie die Personen zuerst.",
    );
  });

  it("words the time-stamping authority's reason and keeps its technical detail", () => {
    const english =
      "The time-stamping authority could not time-stamp the signature: fetch failed. Nothing was sealed; try again in a moment.";
    expect(validationText("fr", english)).toBe(
      "L'autorité d'horodatage n'a pas pu horodater la signature : fetch failed. Rien n'a été scellé ; réessayez dans un instant.",
    );
  });

  it("counts an override's removed duties in the reader's grammar", () => {
    expect(validationText("de", "This override takes 1 obligation off the system. Check the list and confirm.")).toBe(
      "Diese Überschreibung nimmt dem System 1 Pflicht. Prüfen Sie die Liste und bestätigen Sie.",
    );
    expect(
      validationText("fr", "This override takes 1,200 obligations off the system. Check the list and confirm."),
    ).toBe("Ce remplacement retire 1\u202f200 obligations au système. Vérifiez la liste et confirmez.");
  });
});
