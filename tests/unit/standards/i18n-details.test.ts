import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { FRAMEWORKS } from "@/lib/standards";
import { controlCoverage, summaryLine, type CoverageFacts, type FrameworkSummary } from "@/lib/standards/coverage";
import { targetDetailIn, targetLabelIn, targetShortIn } from "@/lib/standards/i18n/details";
import { applicabilityIn, soaWordsIn, summaryLineIn } from "@/lib/standards/i18n/soa-words";
import { soaRows, targetLabel } from "@/lib/standards/soa";

const facts = (over: Partial<CoverageFacts> = {}): CoverageFacts => ({
  systems: 3,
  classified: 2,
  obligations: { "hr.data_governance": { total: 4, evidenced: 1, inProgress: 2, notStarted: 1 } },
  highRisk: 1,
  highRiskWithRisks: 0,
  literacyPairs: 0,
  literacyTrained: 0,
  ...over,
});
const control = (id: string) => FRAMEWORKS["iso-42001"].controls.find((c) => c.id === id)!;

// Issue #22: what evidences a control and how far, in the reader's or the document's language.
describe("the crosswalk's coverage details in German and French", () => {
  it("words a duty, the registers and their counts", () => {
    const data = controlCoverage(control("A.7.6"), facts()).targets[0]!;
    expect(targetLabelIn("de", data.target)).toBe("Daten und Daten-Governance (Art 10)");
    expect(targetShortIn("de", data)).toBe("Art 10: 1 von 4 belegt");
    expect(targetDetailIn("de", data)).toBe(
      "1 von 4 mit Nachweis erledigt, 2 in Bearbeitung oder ohne Nachweis, 1 nicht begonnen",
    );
    expect(targetShortIn("fr", data)).toBe("Art 10: 1 sur 4 prouvée");
    // A duty with a template per route is named without the route, as in English.
    const conformity = control("A.6.2.5").maps[0]!;
    expect(targetLabelIn("de", conformity)).toBe("Konformitätsbewertung (Art 43)");
    expect(targetLabelIn("fr", conformity)).toBe("Évaluation de la conformité (Art 43)");
    const [risk, , fria] = controlCoverage(control("A.5.2"), facts()).targets;
    expect(targetLabelIn("fr", risk!.target)).toBe("Registre des risques des systèmes d'IA à haut risque (Art 9)");
    expect(targetDetailIn("de", risk!)).toBe("Risikoregister für 0 von 1 Hochrisiko-KI-System");
    expect(targetDetailIn("fr", fria!)).toBe("Aucun système n'a cette obligation");
    expect(targetShortIn("fr", fria!)).toBe("Art 27: rien pour l'instant");
    const literacy = controlCoverage(control("A.4.6"), facts()).targets[0]!;
    expect(targetShortIn("de", literacy)).toBe("Art 4: niemand zugewiesen");
    expect(targetDetailIn("fr", literacy)).toBe(
      "Personne n'est enregistré comme opérateur ou superviseur d'un système",
    );
  });

  it("keeps English exactly as coverage.ts and the Statement of Applicability word it", () => {
    for (const c of FRAMEWORKS["nist-ai-rmf"].controls)
      for (const t of controlCoverage(c, facts()).targets) {
        expect(targetLabelIn("en", t.target)).toBe(targetLabel(t.target));
        expect(targetShortIn("en", t)).toBe(t.short);
        expect(targetDetailIn("en", t)).toBe(t.detail);
      }
    const decisions = new Map([
      ["A.3.3", { applicable: false, justification: "n/a", updatedAt: new Date(0), updatedByName: null }],
    ]);
    const iso = FRAMEWORKS["iso-42001"];
    expect(soaRows(iso, facts(), decisions, soaWordsIn("en"))).toEqual(soaRows(iso, facts(), decisions));
    const summary: FrameworkSummary = {
      controls: 38,
      evidenced: 20,
      partial: 9,
      gap: 1,
      nothing: 2,
      unmapped: 3,
      excluded: 3,
    };
    expect(summaryLineIn("en", summary)).toBe(summaryLine(summary));
    for (const word of ["Included", "Included (not reviewed)", "Excluded"])
      expect(applicabilityIn("en", word)).toBe(word);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s words a Statement of Applicability row", (locale) => {
    const decisions = new Map([
      ["A.3.3", { applicable: false, justification: "n/a", updatedAt: new Date(0), updatedByName: null }],
    ]);
    const { rows } = soaRows(FRAMEWORKS["iso-42001"], facts(), decisions, soaWordsIn(locale));
    const excluded = rows.find((r) => r.controlId === "A.3.3")!;
    const data = rows.find((r) => r.controlId === "A.7.6")!;
    if (locale === "de") {
      expect(excluded).toMatchObject({ coverage: "Ausgeschlossen", decidedBy: "Ehemaliges Mitglied" });
      expect(applicabilityIn(locale, excluded.applicability)).toBe("Ausgeschlossen");
      expect(applicabilityIn(locale, data.applicability)).toBe("Einbezogen (nicht geprüft)");
      expect(excluded.evidencedBy).toBe("Nicht durch Actlas-Datensätze abgedeckt");
      expect(data.coverage).toMatch(/^Teilweise belegt: 1 von 4 mit Nachweis erledigt/);
    } else {
      expect(excluded).toMatchObject({ coverage: "Exclu", decidedBy: "Ancien membre" });
      expect(data.evidencedBy).toBe("Données et gouvernance des données (Art 10)");
    }
  });
});
