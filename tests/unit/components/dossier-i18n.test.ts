import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { AttestForm } from "@/components/dossier/attest-form";
import { BulkExport } from "@/components/dossier/bulk-export";
import { RecentDossiers } from "@/components/dossier/recent-dossiers";
import { VerifyForm } from "@/components/dossier/verify-form";
import { VerifyVerdict, type VerdictJson } from "@/components/dossier/verify-verdict";
import type { Locale } from "@/lib/i18n/locales";
import { renderIn } from "./render-in";

// The forms use the app router only when submitted; rendering needs no router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const sealed = {
  id: "d-1",
  systemId: "sys-1",
  version: 3,
  finality: "FINAL" as const,
  createdByName: null,
  pdfSha256: "a".repeat(64),
  snapshotSha256: "b".repeat(64),
  ruleSetId: "none",
  locale: "en",
  systemName: "Credit scoring",
};
const attestation = {
  id: "a-1",
  attestedById: "u-1",
  name: "Lena Vogt",
  role: "Legal",
  statement: "Reviewed.",
};
const dossierJson = {
  ...sealed,
  createdAt: "2026-11-02T10:00:00.000Z",
  attestations: [{ ...attestation, attestedAt: "2026-11-03T09:30:00.000Z" }],
};
const genuine = {
  genuine: true,
  sha256: "a".repeat(64),
  fileName: "credit.pdf",
  dossier: dossierJson as never,
} satisfies VerdictJson;
const forged: VerdictJson = { genuine: false, sha256: "c".repeat(64), fileName: "edited.pdf" };
const recent = [
  {
    ...sealed,
    createdAt: new Date("2026-11-02T10:00:00Z"),
    attestations: [{ ...attestation, attestedAt: new Date("2026-11-03T09:30:00Z") }],
  },
  {
    ...sealed,
    id: "d-2",
    version: 2,
    finality: "DRAFT" as const,
    createdAt: new Date("2026-10-01T10:00:00Z"),
    attestations: [],
  },
] as never;

function dossierParts(locale: Locale): string {
  return [
    h(VerifyForm),
    h(VerifyVerdict, { verdict: genuine }),
    h(VerifyVerdict, {
      verdict: { ...genuine, dossier: { ...dossierJson, systemId: null, ruleSetId: "portfolio" } } as never,
    }),
    h(VerifyVerdict, { verdict: forged }),
    h(RecentDossiers, { dossiers: recent }),
    h(RecentDossiers, { dossiers: [] }),
    h(BulkExport, { counts: { "high-risk": 1200, classified: 1, all: 0 } }),
    h(AttestForm, {
      dossierId: "d-1",
      version: 3,
      signerName: "Lena Vogt",
      action: async () => ({ ok: true as const, data: { attestationId: "a-2" } }),
    }),
  ]
    .map((element) => renderIn(locale, element))
    .join("\n");
}

// What these parts said in English before issue #22 reached them: none of it may come back on a German or French page.
const ENGLISH = [
  "Dossier PDF",
  "fingerprinted",
  "Verify",
  "Genuine",
  "unaltered",
  "Not genuine",
  "matches none",
  "AI system",
  "Portfolio report",
  "Rule set",
  "a former member",
  "SHA-256 of the",
  "attested on",
  "(Legal)",
  "Most recent dossier exports",
  "Not attestable",
  "No dossiers yet",
  "Which systems?",
  "All high-risk systems",
  "All classified systems",
  "All systems",
  "dossiers as ZIP",
  "Attestation statement",
  "Say what you reviewed",
  "I reviewed this dossier",
  "Attest as",
  "Nov 2026",
];

describe("the dossier's verify, recent, bulk export and attest parts", () => {
  it.each(["de", "fr"] as const)("in %s say nothing in English", (locale) => {
    const html = dossierParts(locale);
    for (const english of ENGLISH) expect(html, english).not.toContain(english);
  });

  it("speak German, with German dates, numbers and role names", () => {
    const html = dossierParts("de");
    expect(html).toContain("Echt: „credit.pdf“ ist ein unverändertes Actlas-Dossier dieser Organisation.");
    expect(html).toContain("Nicht echt: „edited.pdf“ ist kein versiegeltes Dossier dieser Organisation");
    expect(html).toContain("02.11.2026, 10:00 UTC von einem ehemaligen Mitglied");
    expect(html).toContain("(Rechtsabteilung)");
    expect(html).toContain("hat am 03.11.2026, 09:30 UTC bestätigt:");
    expect(html).toContain("Alle Hochrisiko-KI-Systeme <span");
    expect(html).toContain("(1.200)");
    expect(html).toContain("1.200 Dossiers als ZIP exportieren");
    expect(html).toContain("Neueste Dossier-Exporte");
    expect(html).toContain("Nicht bestätigbar");
    expect(html).toContain("Als Lena Vogt bestätigen");
  });

  it("speak French, with French dates, numbers and role names", () => {
    const html = dossierParts("fr");
    expect(html).toContain("Authentique : « credit.pdf » est un dossier Actlas non modifié de cette organisation.");
    expect(html).toContain("Authentique : « credit.pdf » est un rapport de portefeuille Actlas non modifié");
    expect(html).toContain("Système d'IA");
    expect(html).toContain("(Service juridique)");
    expect(html).toContain("Tous les systèmes d'IA à haut risque");
    expect(html).toContain("Exporter 1\u202f200 dossiers en ZIP");
    expect(html).toContain("Derniers exports de dossiers");
    expect(html).toContain("Attester en tant que Lena Vogt");
  });

  it("keep the English they always showed", () => {
    const html = dossierParts("en");
    expect(html).toContain("Genuine: “credit.pdf” is an unaltered Actlas dossier of this organisation.");
    expect(html).toContain("2 Nov 2026, 10:00 UTC by a former member");
    expect(html).toContain("(Legal)");
    expect(html).toContain("Export 1,200 dossiers as ZIP");
    expect(html).toContain("Most recent dossier exports");
  });
});
