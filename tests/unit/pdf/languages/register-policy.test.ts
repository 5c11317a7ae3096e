import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { renderLiteracyRegister, type LiteracyRegisterPdfData } from "@/lib/pdf/literacy/render-register";
import { renderPolicy, type PolicyPdfData } from "@/lib/pdf/policy/render-policy";
import { pdfPages } from "../pdf-text";

const register: LiteracyRegisterPdfData = {
  organizationName: "Nordwind GmbH",
  generatedAt: "2026-12-05T09:30:00.000Z",
  rows: [
    {
      person: "Anna Berg",
      email: "anna@example.com",
      unit: "Personal",
      jobRole: "Recruiterin",
      item: "Bias-Schulung",
      completedOn: "2026-01-10",
      expiresOn: "2026-06-30",
      current: false,
      evidenceNote: "",
      evidenceUrl: null,
      evidenceFile: null,
    },
  ],
  systems: [{ name: "TalentRank", trained: 0, total: 1 }],
  unassignedSystems: 2,
  units: [{ name: null, trained: 0, total: 1 }],
};

const policy: PolicyPdfData = {
  organizationName: "Nordwind GmbH",
  title: "KI-Nutzung",
  kind: "HUMAN_OVERSIGHT",
  number: 2,
  status: "in force",
  publishedAt: "2026-11-01T00:00:00.000Z",
  retiredAt: null,
  approvedBy: "Carla Roth",
  approvedAt: "2026-10-30T00:00:00.000Z",
  audience: { all: false, roles: ["LEGAL"], units: ["Personal"] },
  changeNote: "",
  blocks: [],
  generatedAt: "2026-12-05T09:30:00.000Z",
};

const text = async (pdf: Promise<Buffer>) => (await pdfPages(await pdf)).join(" ");

describe("the literacy register and policy PDFs in the document language", () => {
  it.each<[Locale, string[]]>([
    ["en", ["AI-literacy register", "0 of 1 trained (0%)", "Expired", "Page 1 of 1"]],
    // Art 4's term in the German version of the Act is "KI-Kompetenz", in the French one "maîtrise de l'IA".
    [
      "de",
      [
        "Register der KI-Kompetenz",
        "Abdeckung nach KI-System",
        "0 von 1 geschult (0 %)",
        "Abgelaufen",
        "Seite 1 von 1",
      ],
    ],
    [
      "fr",
      [
        "Registre de la maîtrise de l'IA",
        "Couverture par système d'IA",
        "0 sur 1 formés (0 %)",
        "Expirée",
        "Page 1 sur 1",
      ],
    ],
  ])("the register in %s", async (locale, expected) => {
    const all = await text(renderLiteracyRegister(register, locale));
    for (const phrase of expected) expect(all).toContain(phrase);
  });

  it.each<[Locale, string[]]>([
    ["en", ["Human oversight · version 2, in force", "Approved by", "Legal, Personal", "This version has no text."]],
    // "menschliche Aufsicht" / "contrôle humain": Art 14's title in each language version.
    ["de", ["Menschliche Aufsicht · Version 2, in Kraft", "Genehmigt von", "Recht, Personal", "keinen Text"]],
    ["fr", ["Contrôle humain · version 2, en vigueur", "Approuvée par", "Juridique, Personal", "aucun texte"]],
  ])("the policy in %s", async (locale, expected) => {
    const all = await text(renderPolicy(policy, locale));
    for (const phrase of expected) expect(all).toContain(phrase);
  });
});
