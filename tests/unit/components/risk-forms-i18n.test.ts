import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { AcceptRiskForm } from "@/components/risks/accept-form";
import { ImportRisksForm } from "@/components/risks/import-risks-form";
import { LinkedRiskList } from "@/components/risks/linked-risk-list";
import { RiskHistory } from "@/components/risks/risk-history";
import { RiskList } from "@/components/risks/risk-list";
import { NewRiskForm } from "@/components/risks/risk-form";
import type { RiskDTO } from "@/lib/dal/risks/risks";
import type { Locale } from "@/lib/i18n/locales";
import { GLOSSARIES } from "@/lib/rules/glossary";
import { renderIn } from "./render-in";

// The forms use the app router only when submitted; rendering needs no router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const ok = async () => ({ ok: true as const, data: {} as never });
const levels = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];

const risk = {
  id: "r-1",
  systemId: "sys-1",
  title: "Biased ranking",
  description: "",
  affectedPersons: "Applicants",
  fundamentalRights: [],
  source: "FRIA",
  likelihood: 4,
  impact: 5,
  residualLikelihood: null,
  residualImpact: null,
  treatment: "ACCEPT",
  mitigation: "",
  ownerId: null,
  nextReviewDate: null,
  status: "OPEN",
  acceptanceJustification: "Reviewed by the works council.",
  acceptedByLabel: "Ada Lindqvist",
  acceptedAt: new Date("2026-03-01T00:00:00Z"),
  version: 1,
  updatedAt: new Date("2026-03-01T00:00:00Z"),
  obligations: [{ id: "ob-1", article: "Art 4", title: "Support AI literacy" }],
} as unknown as RiskDTO;

function register(locale: Locale): string {
  const labels = { likelihoodLabels: levels, impactLabels: levels };
  return [
    h(NewRiskForm, { systemId: "sys-1", owners: [], ...labels, doneHref: "/", action: ok }),
    h(RiskList, { risks: [risk], ownerName: () => null, editHref: () => "/edit", labels }),
    h(AcceptRiskForm, {
      riskId: "r-1",
      version: 1,
      band: "CRITICAL",
      residual: false,
      canAcceptHigh: true,
      doneHref: "/",
      action: ok,
    }),
    h(ImportRisksForm, { systemId: "sys-1", importRisks: ok }),
    h(RiskHistory, {
      entries: [{ action: "risk.accepted", actorLabel: "Ada", createdAt: new Date(0), before: {}, after: {} }],
    }),
    h(LinkedRiskList, {
      risks: [{ riskId: "r-1", systemId: "s", title: "Biased", how: "RESCORED", at: new Date(0), eventId: null }],
      editable: false,
      heading: "Risks",
    }),
  ]
    .map((element) => renderIn(locale, element))
    .join("\n");
}

describe("the risk register's forms and lists in the reader's language", () => {
  it("German, with the Act's term for the fundamental rights impact assessment", () => {
    const html = register("de");
    expect(html).toContain("Inhärente Bewertung (vor der Behandlung)");
    expect(html).toContain(GLOSSARIES.de!.fundamentalRightsImpactAssessment.one);
    expect(html).toContain("Akzeptiert von Ada Lindqvist am 1. März 2026: „Reviewed by the works council.“");
    expect(html).toContain("Die inhärente Bewertung ist kritisch.");
    expect(html).toContain("Vorlage herunterladen");
    expect(html).toContain("Akzeptiert <span");
    expect(html).toContain("von Ada, 01.01.1970, 00:00 UTC");
    expect(html).toContain("neu bewertet 01.01.1970, 00:00 UTC");
    expect(html).toContain("KI-Kompetenz fördern");
    expect(html).not.toContain("Add risk");
  });

  it("French", () => {
    const html = register("fr");
    expect(html).toContain("Cotation inhérente (avant traitement)");
    expect(html).toContain("Analyse d'impact sur les droits fondamentaux");
    expect(html).toContain("La cotation inhérente est critique.");
    expect(html).toContain("Télécharger le modèle");
    expect(html).toContain("Ajouter le risque");
  });

  it("English stays as it was", () => {
    const html = register("en");
    expect(html).toContain("Inherent rating (before treatment)");
    expect(html).toContain("Accepted by Ada Lindqvist on 1 Mar 2026: “Reviewed by the works council.”");
    expect(html).toContain("The inherent rating is critical. Accepting records your name, the date and your reasons.");
    expect(html).toContain("At most 2,000 rows and 1 MB. <a");
    expect(html).toContain("re-scored 1 Jan 1970, 00:00 UTC");
    expect(html).toContain("Fundamental rights impact assessment");
  });
});
