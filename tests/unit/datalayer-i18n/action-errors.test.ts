import { describe, expect, it } from "vitest";
import { validationText } from "@/lib/validations/i18n";

// Issue #22: a server action's refusal from the data layer (an AppError) reaches the person in their language through
// lib/action.ts, which reads the validation catalogues; the REST API keeps the English.

describe("data-layer refusals in German and French", () => {
  it("translates fixed refusals, and a number in them", () => {
    expect(validationText("de", "Your role does not allow this action.")).toBe(
      "Ihre Rolle erlaubt diese Aktion nicht.",
    );
    expect(validationText("fr", "Attach evidence before marking this obligation done.")).toBe(
      "Joignez une preuve avant de marquer cette obligation comme remplie.",
    );
    expect(validationText("de", "That is more than 200 systems; export them in smaller groups.")).toBe(
      "Das sind mehr als 200 Systeme; exportieren Sie sie in kleineren Gruppen.",
    );
    expect(validationText("en", "Your role does not allow this action.")).toBe("Your role does not allow this action.");
  });

  it("says which record is missing with the Act's terms", () => {
    const english = "This AI system does not exist or belongs to another organisation.";
    expect(validationText("de", english)).toBe(
      "Dieses KI-System existiert nicht oder gehört zu einer anderen Organisation.",
    );
    expect(validationText("fr", english)).toBe("Ce système d'IA n'existe pas ou appartient à une autre organisation.");
    expect(validationText("fr", "This deployer pack does not exist or belongs to another organisation.")).toContain(
      "dossier déployeur",
    );
    // A record the patterns do not know stays English rather than half translated.
    const unknown = "This gizmo does not exist or belongs to another organisation.";
    expect(validationText("de", unknown)).toBe(unknown);
  });

  it("says who changed a record meanwhile, with the time written the reader's way", () => {
    const english =
      "Changed by Ada Lovelace at 5 Dec 2026, 14:03 UTC; reload to see their changes. Your input is still here.";
    expect(validationText("de", english)).toBe(
      "Geändert von Ada Lovelace am 05.12.2026, 14:03 UTC; laden Sie die Seite neu, um die Änderungen zu sehen. Ihre Eingaben sind noch da.",
    );
    expect(validationText("fr", english.replace("Ada Lovelace", "someone else"))).toMatch(
      /^Modifié par quelqu'un d'autre le 5 déc\. 2026.+Votre saisie est conservée\.$/,
    );
  });
});
