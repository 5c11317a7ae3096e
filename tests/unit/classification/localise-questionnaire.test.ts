import { describe, expect, it } from "vitest";
import { localiseQuestion, translatorFor } from "@/lib/classification/localise-questionnaire";
import { intakeToProfile } from "@/lib/classification/intake-to-profile";
import { questionnaireCatalogue } from "@/lib/classification/questionnaire-catalogue";
import { organisationHints } from "@/lib/classification/starting-answers";
import { QUESTIONS_BY_ID } from "@/lib/rules/questionnaire";
import { questionnaireTexts } from "@/lib/rules/questionnaire/texts";

const de = translatorFor(questionnaireCatalogue("de"));

describe("the questionnaire in the person's language", () => {
  it("sends English nothing and German every text", () => {
    expect(questionnaireCatalogue("en")).toEqual({});
    expect(Object.keys(questionnaireCatalogue("de")).length).toBeGreaterThan(questionnaireTexts().length - 10);
  });

  it("translates what is shown and keeps the ids and answer codes the engine reads", () => {
    const english = QUESTIONS_BY_ID.get("artefactType")!;
    const shown = localiseQuestion(english, de);
    expect(shown.prompt).toBe(
      "Bewerten Sie ein KI-System, ein KI-Modell oder ein Modell zusammen mit dem darauf aufgebauten System?",
    );
    expect(shown.options!.map((o) => o.label)).toContain("Ein KI-System (Anwendung)");
    expect(shown.options!.map((o) => o.value)).toEqual(english.options!.map((o) => o.value));
    expect({ id: shown.id, type: shown.type, citation: shown.citation, when: shown.when }).toEqual({
      id: english.id,
      type: english.type,
      citation: english.citation,
      when: english.when,
    });
  });

  it("gives the intake's and the organisation profile's hints in the person's language, the answers unchanged", () => {
    const intake = {
      sourcing: "PROCURED" as const,
      lifecycleStage: "IN_USE",
      placedOnMarketAt: null,
      memberStates: ["DE", "AT"],
      outputUsedInEu: true,
      affectedPersons: ["STUDENTS"],
      dataCategories: [],
    };
    const german = intakeToProfile(intake, "de");
    expect(german.answers).toEqual(intakeToProfile(intake).answers);
    expect(german.hints.activities).toBe(
      "Vorgeschlagen aus der Herkunft laut Erfassung: Von einem Anbieter gekauft. Prüfen Sie das.",
    );
    expect(german.hints.placesOnEuMarket).toBe(
      "Laut Erfassung wird das System in DE, AT verwendet: Die Inbetriebnahme dort zählt.",
    );
    expect(intakeToProfile(intake, "fr").hints.annex3Areas).toMatch(/^La fiche mentionne des élèves/);
    expect(organisationHints(["establishedInEu"], german.hints, "de").establishedInEu).toMatch(
      /^Aus dem Organisationsprofil \(Einstellungen → Organisationsprofil\).*Die Erfassung nennt eine Verwendung in DE, AT\./,
    );
  });
});
