import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { renderDossier, snapshotSha256 } from "@/lib/pdf/render-dossier";
import type { DossierRisk, DossierSnapshot } from "@/lib/pdf/snapshot";
import { makeSnapshot } from "../fixtures";
import { pdfPages } from "../pdf-text";

const risk = (overrides: Partial<DossierRisk> = {}): DossierRisk => ({
  title: "Falsche Ablehnungen",
  description: "",
  source: "FRIA",
  likelihood: 4,
  impact: 4,
  residualLikelihood: 2,
  residualImpact: 3,
  treatment: "MITIGATE",
  mitigation: "",
  obligations: ["Art 10"],
  owner: null,
  nextReviewDate: "2026-12-01",
  status: "TREATED",
  accepted: null,
  ...overrides,
});

// A credit-scoring dossier with the parts that were still English: the Art 4 rows, the Art 9 register's rows and
// summary, and the intake's option words.
function snapshot(): DossierSnapshot {
  const s = makeSnapshot();
  return {
    ...s,
    system: { ...s.system, sourcing: "PROCURED", automationLevel: "HUMAN_IN_THE_LOOP", affectedPersons: ["CUSTOMERS"] },
    literacy: {
      asOf: "2026-12-05",
      people: [
        {
          name: "Anna Berg",
          jobRole: "Kreditprüferin",
          roles: ["OPERATOR"],
          status: "EXPIRED",
          training: { item: "Bias-Schulung", completedOn: "2025-06-01", expiresOn: "2026-06-01" },
        },
      ],
      items: [
        {
          title: "Bias-Schulung",
          kind: "COURSE",
          scope: "ALL_SYSTEMS",
          intendedRoles: [],
          validityMonths: 12,
          currentHolders: 0,
        },
      ],
    },
    riskRegister: { asOf: "2026-12-05", risks: [risk()] },
    policyEvidence: [
      {
        title: "KI-Aufsicht",
        version: 2,
        status: "PUBLISHED",
        publishedAt: "2026-11-01T00:00:00.000Z",
        obligations: [{ code: "x", role: "deployer", article: "Art 26", title: "Assign human oversight" }],
        acknowledgement: { acknowledged: 1, total: 3 },
      },
    ],
  };
}

const text = async (s: DossierSnapshot, locale: Locale) =>
  (await pdfPages(await renderDossier(s, snapshotSha256(s), locale))).join(" ").replace(/- /g, "-");

describe("the dossier's literacy, risk and intake words in the document language", () => {
  it.each<[Locale, string[]]>([
    [
      "en",
      [
        "Coverage on 5 Dec 2026: 0 of 1 trained (0%); 1 expired",
        "Operates",
        "Every 12 months",
        "1 risk recorded: 1 medium on the current rating",
        "Fundamental rights impact assessment",
        "Past due",
        "Bought from a vendor",
        "Impact (columns), likelihood (rows)",
        "4 Likely",
        "Acknowledged by 1 of 3 members of its audience (33%)",
      ],
    ],
    [
      "de",
      [
        "Abdeckung am 5. Dez. 2026: 0 von 1 geschult (0 %); 1 abgelaufen",
        "Bedient",
        "Alle 12 Monate",
        "1 Risiko erfasst: 1 mittel nach aktueller Bewertung",
        // The Act's term for the FRIA in the German version.
        "Grundrechte-Folgenabschätzung",
        "Überfällig",
        "Von einem Lieferanten gekauft",
        "Auswirkung (Spalten), Wahrscheinlichkeit (Zeilen)",
        "Niedrig 1–4",
        "Kenntnisnahme: 1 von 3 Mitgliedern des Adressatenkreises (33 %)",
        "Version 2, veröffentlicht am 1. Nov. 2026, in Kraft",
      ],
    ],
    [
      "fr",
      [
        "Couverture au 5 déc. 2026 : 0 sur 1 formé (0 %) ; 1 expiré",
        "Utilise",
        "Tous les 12 mois",
        "1 risque enregistré : 1 moyen selon la notation actuelle",
        "Analyse d'impact sur les droits fondamentaux",
        "En retard",
        "Impact (colonnes), probabilité (lignes)",
        "Faible 1–4",
        "Prise de connaissance : 1 sur 3 membres de son public (33 %)",
      ],
    ],
  ])("%s", async (locale, expected) => {
    const all = await text(snapshot(), locale);
    for (const phrase of expected) expect(all).toContain(phrase);
  });

  it("renders every language from one snapshot, whose hash the language does not change", async () => {
    const s = snapshot();
    const before = snapshotSha256(s);
    await text(s, "de");
    expect(snapshotSha256(s)).toBe(before);
  });
});
