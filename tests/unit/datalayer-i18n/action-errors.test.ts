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

// Refusals that splice in a name, a state, a band or a time; each English text below is what the data layer writes
// (lib/dal/business-units, policies/workflow, org-transfer, risks/accept, incidents/reports, obligations).
describe("data-layer refusals with spliced values", () => {
  const cases: [english: string, de: string, fr: string][] = [
    [
      "“Credit Risk” still has 3 systems: merge it into another unit instead.",
      "„Credit Risk“ hat noch 3 Systeme: führen Sie den Geschäftsbereich stattdessen mit einem anderen zusammen.",
      "« Credit Risk » a encore 3 systèmes : fusionnez plutôt cette unité avec une autre.",
    ],
    [
      "“HR” still has 1 person in the AI-literacy register: merge it into another unit instead.",
      "„HR“ hat noch 1 Person im Register der KI-Kompetenz: führen Sie den Geschäftsbereich stattdessen mit einem anderen zusammen.",
      "« HR » compte encore 1 personne dans le registre de la maîtrise de l'IA : fusionnez plutôt cette unité avec une autre.",
    ],
    [
      "This version is no longer in approval: reload the page to see its state.",
      "Diese Version ist nicht mehr in Freigabe: laden Sie die Seite neu, um ihren Stand zu sehen.",
      "Cette version n'est plus en approbation : rechargez la page pour voir son état.",
    ],
    [
      "This risk is critical: only an administrator, compliance officer or legal may accept it.",
      "Dieses Risiko ist kritisch: Nur Administrator, Compliance-Beauftragte(r) oder Recht dürfen es akzeptieren.",
      "Ce risque est critique : seul un administrateur, le responsable conformité ou le juridique peut l'accepter.",
    ],
    [
      "Explain why this high risk is acceptable (at least 40 characters); auditors will read it.",
      "Begründen Sie, warum dieses Risiko (hoch) akzeptabel ist (mindestens 40 Zeichen); Prüfer werden es lesen.",
      "Expliquez pourquoi ce risque élevé est acceptable (au moins 40 caractères) ; les auditeurs le liront.",
    ],
    [
      "The initial report was already recorded (5 Dec 2026, 14:03 UTC).",
      "Die erste Meldung wurde bereits erfasst (05.12.2026, 14:03 UTC).",
      "Le premier rapport a déjà été enregistré (5 déc. 2026, 14:03 UTC).",
    ],
    [
      "ScoreNet is already linked to Credit scoring.",
      "ScoreNet ist bereits mit Credit scoring verknüpft.",
      "ScoreNet est déjà lié à Credit scoring.",
    ],
  ];
  it.each(cases)("%s", (english, de, fr) => {
    expect(validationText("de", english)).toBe(de);
    expect(validationText("fr", english)).toBe(fr);
    expect(validationText("en", english)).toBe(english);
  });

  it("names the tables an import found in the reader's language around them", () => {
    const english =
      "This organisation already has records (AiSystem, Risk). An export can only be imported into an empty organisation: create a new one under Settings → Organisation → Another organisation, switch to it, and import there.";
    expect(validationText("de", english)).toMatch(
      /^Diese Organisation hat bereits Datensätze \(AiSystem, Risk\)\. .+Einstellungen → Organisation → Weitere Organisation/,
    );
    expect(validationText("fr", english)).toMatch(
      /^Cette organisation contient déjà des enregistrements \(AiSystem, Risk\)\. .+Paramètres → Organisation → Autre organisation/,
    );
  });

  it("says since when an obligation no longer applies, the reader's way", () => {
    const english =
      "This obligation no longer applies since 5 Dec 2026, 14:03 UTC; it is kept for the record and cannot be changed.";
    expect(validationText("de", english)).toBe(
      "Diese Pflicht gilt seit 05.12.2026, 14:03 UTC nicht mehr; sie bleibt zur Dokumentation erhalten und kann nicht geändert werden.",
    );
  });

  it("agrees a bulk edit's count of missing systems with its verbs in each language", () => {
    const english =
      "3 selected AI systems no longer exist or belong to another organisation. Nothing was changed; reload the list.";
    expect(validationText("de", english)).toBe(
      "3 ausgewählte KI-Systeme existieren nicht mehr oder gehören zu einer anderen Organisation. Es wurde nichts geändert; laden Sie die Liste neu.",
    );
    expect(validationText("fr", english.replace("3", "1,200"))).toBe(
      "1\u202f200 systèmes d'IA sélectionnés n'existent plus ou appartiennent à une autre organisation. Rien n'a été modifié ; rechargez la liste.",
    );
  });

  it("says why a legal record does not apply, with the legal catalogue's words for the reason", () => {
    const english =
      "This record does not apply to this system. Classify the system first: whether the law asks for this record depends on the classification.";
    expect(validationText("de", english)).toMatch(/^Dieser Eintrag ist für dieses System nicht vorgesehen\. /);
    expect(validationText("de", english)).not.toContain("Classify the system first");
    expect(validationText("fr", english)).toMatch(/^Ce document n'est pas requis pour ce système\. /);
  });

  it("refuses a file that is not an organisation export, keeping where the file breaks the format", () => {
    expect(validationText("fr", "This file is not an Actlas organisation export (format version 1).")).toBe(
      "Ce fichier n'est pas un export d'organisation Actlas (version de format 1).",
    );
    expect(
      validationText(
        "de",
        "This file is not an Actlas organisation export (format version 1) (at systems.0.name: Required).",
      ),
    ).toBe("Diese Datei ist kein Actlas-Organisationsexport (Formatversion 1) (bei systems.0.name: Required).");
  });
});
