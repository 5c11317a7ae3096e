import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { renderPortfolio } from "@/lib/pdf/portfolio/render-portfolio";
import type { PortfolioSnapshot } from "@/lib/pdf/portfolio/snapshot";
import { pdfPages } from "../pdf-text";
import { largeSnapshot } from "../portfolio/fixture";

// The large report with one incident whose Art 73 clock runs and a high-risk system without its FRIA, so the
// urgent matters, the annex and the words the snapshot stores in English (status, clock) all show.
function snapshot(): PortfolioSnapshot {
  const s = largeSnapshot();
  s.detail.lists.friaMissing = { total: 1, items: [{ id: "sys-1", name: "TalentRank" }] };
  s.detail.incidents = {
    total: 1,
    items: [
      {
        reference: "INC-0001",
        title: "Falsche Ablehnung",
        system: "TalentRank",
        status: "Open",
        deadline: "2026-11-30T12:00:00.000Z",
        clock: "Running",
      },
    ],
  };
  return s;
}

describe("the portfolio report in the document language", () => {
  it.each<[Locale, string[]]>([
    [
      "de",
      [
        "KI-Portfolio: Stand der Compliance",
        "Zusammenfassung für die Geschäftsleitung",
        "Schwerwiegender Vorfall INC-0001: Meldung nach Art 73 läuft",
        // The Act's terms: "Hochrisiko-KI-System", "Grundrechte-Folgenabschätzung", "schwerwiegender Vorfall".
        "Hochrisiko-KI-Systeme ohne abgeschlossene Grundrechte-Folgenabschätzung: 1",
        "Anhang: was jede Zahl zählt",
        "Läuft: Erstmeldung bis",
        "Offen",
        "Q4 2034",
        "1.234",
        "Seite 1 von",
      ],
    ],
    [
      "fr",
      [
        "Portefeuille IA : état de la conformité",
        "Synthèse",
        "Incident grave INC-0001 : rapport au titre de l'Art 73 en cours",
        "Systèmes d'IA à haut risque sans analyse d'impact sur les droits fondamentaux achevée : 1",
        "Annexe : ce que compte chaque chiffre",
        "En cours : rapport initial avant le",
        "Ouvert",
        "T4 2034",
        "Page 1 sur",
      ],
    ],
  ])("%s: headings, urgent matters, annex and the stored words", async (locale, expected) => {
    // A long compound breaks at its hyphen at the end of a line ("Grundrechte-" / "Folgenabschätzung").
    const text = (await pdfPages(await renderPortfolio(snapshot(), locale))).join(" ").replace(/- /g, "-");
    for (const phrase of expected) expect(text).toContain(phrase);
    expect(text).not.toContain("Executive summary");
  });

  it("keeps English as it was", async () => {
    const text = (await pdfPages(await renderPortfolio(snapshot()))).join(" ");
    expect(text).toContain("Serious incident INC-0001: Art 73 report running");
    expect(text).toContain("Running: initial report by");
    expect(text).toContain("High-risk systems without a completed FRIA: 1");
  });
});
