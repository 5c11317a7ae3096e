import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { annexIvDocument } from "@/lib/docx/annex-iv";
import { derogationDocument } from "@/lib/docx/derogation";
import { docxBytes, type DocumentMeta } from "@/lib/docx/document";
import { friaDocument } from "@/lib/docx/fria";
import type { Locale } from "@/lib/i18n/locales";
import type { DossierLegalRecord, DossierRiskRegister } from "@/lib/pdf/snapshot";
import { glossaryDe } from "@/lib/rules/glossary/de";
import { glossaryFr } from "@/lib/rules/glossary/fr";

// The Word files in the organisation's document language: built by the pure builders, unzipped, and read as text.
const meta = (locale: Locale, reason: string): DocumentMeta => ({
  systemName: "TalentRank",
  organizationName: "Acme GmbH",
  generatedAt: new Date("2027-03-01T09:00:00Z"),
  reason,
  locale,
});

const record = (fields: Record<string, string>, extra: Partial<DossierLegalRecord> = {}): DossierLegalRecord => ({
  fields,
  complete: false,
  owner: null,
  evidence: [],
  updatedAt: "2027-02-20T10:00:00.000Z",
  signedOffBy: null,
  signedOffAt: null,
  ...extra,
});

async function text(document: Parameters<typeof docxBytes>[0]): Promise<string> {
  const xml = strFromU8(unzipSync(await docxBytes(document))["word/document.xml"]!);
  return xml
    .replace(/<\/w:p>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

const FRIA_REASON =
  "Art 27 requires a fundamental rights impact assessment before this system is first used, and the market surveillance authority must be notified of its results.";

const register: DossierRiskRegister = {
  asOf: "2027-03-01",
  risks: [
    {
      title: "Biased ranking",
      description: "",
      source: "FRIA",
      likelihood: 4,
      impact: 5,
      residualLikelihood: null,
      residualImpact: null,
      treatment: "MITIGATE",
      mitigation: "Quarterly bias audit.",
      obligations: ["Art 10(2)"],
      owner: null,
      nextReviewDate: "2027-01-01",
      status: "OPEN",
      accepted: null,
    },
  ],
} as DossierRiskRegister;

describe("legal Word files in German and French", () => {
  it("writes the FRIA in German with the Act's terms, dates and the gap marker", async () => {
    const doc = friaDocument(meta("de", FRIA_REASON), record({ processes: "Vorauswahl", notifiedOn: "2027-03-05" }));
    const t = await text(doc);
    expect(t).toContain("Grundrechte-Folgenabschätzung");
    expect(t).toContain("Art 27 der Verordnung (EU) 2024/1689");
    expect(t).toContain("Entwurf (als unvollständig markiert)");
    expect(t).toContain("(a) Verfahren, in denen das System verwendet wird");
    // The glossary's "menschliche Aufsicht", declined after "der".
    expect(t).toContain("(e) Maßnahmen der menschlichen Aufsicht");
    expect(t).toContain(`Mitteilung an die ${glossaryDe.marketSurveillanceAuthority.one} (Art 27(3))`);
    expect(t).toContain("Noch nicht ausgefüllt");
    expect(t).toContain("5. März 2027");
    expect(t).toContain("Erstellt von Actlas am 1. März 2027");
    // The applicability sentence, stored in English, is read in the document's language.
    expect(t).toContain("Art 27 verlangt vor der ersten Verwendung dieses Systems");
    expect(t).not.toContain("Not filled in yet");
  });

  it("writes the FRIA in French", async () => {
    const t = await text(friaDocument(meta("fr", FRIA_REASON), null));
    expect(t).toContain(glossaryFr.fundamentalRightsImpactAssessment.one.replace(/^a/, "A"));
    expect(t).toContain("Pas commencé (rien d'enregistré)");
    expect(t).toContain(`e) Mesures de ${glossaryFr.humanOversight.one}`);
    expect(t).toContain("Pas encore renseigné");
    expect(t).toContain("Généré par Actlas le 1 mars 2027");
  });

  it("writes the Art 6(3) assessment with translated option labels and sign-off", async () => {
    const signed = record(
      { condition: "preparatory_task", profiling: "no", status: "on_market" },
      { complete: true, signedOffBy: "Ada Lindqvist", signedOffAt: "2027-02-21T00:00:00.000Z" },
    );
    const de = await text(derogationDocument(meta("de", ""), signed));
    expect(de).toContain("Bewertung nach Art 6(3) und Registrierungsdaten");
    expect(de).toContain("(d) Eine vorbereitende Aufgabe für eine Bewertung");
    expect(de).toContain("Nein: es nimmt kein Profiling natürlicher Personen vor");
    expect(de).toContain(`Registrierung in der ${glossaryDe.euDatabase.one}`);
    expect(de).toContain("Freigegeben von Ada Lindqvist am 21. Feb. 2027");
    expect(de).toContain(`Name des ${glossaryDe.provider.one}s`);
    const fr = await text(derogationDocument(meta("fr", ""), signed));
    expect(fr).toContain("d) Une tâche préparatoire en vue d'une évaluation");
    expect(fr).toContain("Sur le marché");
    expect(fr).toContain(`Nom du ${glossaryFr.provider.one}`);
    expect(fr).toContain("Validée par Ada Lindqvist le 21 févr. 2027");
  });

  it("writes Annex IV with translated sections and the Art 9 register", async () => {
    const saved = [{ ...record({ rationale: "AUC" }, { complete: true }), section: 4 }];
    const de = await text(annexIvDocument(meta("de", ""), saved, register));
    expect(de).toContain(`${glossaryDe.technicalDocumentation.one.replace(/^t/, "T")} nach Anhang IV`);
    expect(de).toContain("Entwurf: 1 von 9 Abschnitten vollständig");
    expect(de).toContain("Abschnitt 1. Allgemeine Beschreibung des KI-Systems");
    expect(de).toContain(`Abschnitt 9. ${glossaryDe.postMarketMonitoring.one.replace(/^b/, "B")} (Art 72)`);
    expect(de).toContain("(a) Zweckbestimmung, Anbieter und Version");
    expect(de).toContain("Risikoregister (Art 9)");
    expect(de).toContain("1 Risiko, 1 kritisch nach der aktuellen Bewertung");
    expect(de).toContain("20 Kritisch");
    expect(de).toContain("Grundrechte-Folgenabschätzung");
    expect(de).toContain("1. Jan. 2027 (überfällig)");
    const fr = await text(annexIvDocument(meta("fr", ""), saved, register));
    expect(fr).toContain("Documentation technique de l'annexe IV");
    expect(fr).toContain("Section 5. Système de gestion des risques (Art 9)");
    expect(fr).toContain("1 risque, 1 critique selon l'évaluation actuelle");
    expect(fr).toContain(`Surveillance après commercialisation (Art 72)`);
  });

  it("keeps English as it was when no language is given", async () => {
    const { locale: _ignored, ...english } = meta("en", FRIA_REASON);
    const t = await text(friaDocument(english, null));
    expect(t).toContain("Not started (nothing saved yet)");
    expect(t).toContain("Generated by Actlas on 1 Mar 2027");
    expect(t).toContain("(a) Processes in which the system is used");
  });
});
