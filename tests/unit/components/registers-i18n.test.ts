import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { AssignSystemForm } from "@/components/literacy/assign-system-form";
import { CompletionForm } from "@/components/literacy/completion-form";
import { ImportPeopleForm } from "@/components/literacy/import-people-form";
import { LearningItemForm } from "@/components/literacy/item-form";
import { PersonForm } from "@/components/literacy/person-form";
import { SystemLiteracyCard } from "@/components/literacy/system-literacy-card";
import { PolicyEvidenceLinks } from "@/components/policies/policy-evidence-links";
import { SoaForm } from "@/components/standards/soa-form";
import { VendorRequestForm } from "@/components/vendors/request-form";
import type { Locale } from "@/lib/i18n/locales";
import { GLOSSARIES } from "@/lib/rules/glossary";
import { renderIn } from "./render-in";

// The forms use the app router only when submitted; rendering needs no router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const ok = async () => ({ ok: true as const, data: {} as never });
const systems = [{ id: "sys-1", name: "Credit scoring" }];

function registers(locale: Locale): string {
  return [
    h(VendorRequestForm, {
      systemId: "sys-1",
      vendors: [{ id: "v-1", name: "Acme AI", supplies: true }],
      defaultVendorId: "v-1",
      preselected: ["instructions_for_use"],
      create: ok,
    }),
    h(SoaForm, {
      initial: { framework: "iso-42001", controlId: "A.2.2", decision: "include", justification: "", version: 0 },
      action: ok,
      doneHref: "/standards/iso-42001",
    }),
    h(CompletionForm, {
      people: [{ id: "p-1", label: "Ana" }],
      items: [{ id: "i-1", label: "Basics" }],
      today: "2026-03-01",
      record: ok,
    }),
    h(LearningItemForm, { systems, create: ok }),
    h(PersonForm, { units: [], create: ok }),
    h(ImportPeopleForm, { importPeople: ok }),
    h(AssignSystemForm, { personId: "p-1", systems, truncated: true, assign: ok }),
    h(SystemLiteracyCard, {
      systemId: "sys-1",
      coverage: { trained: 1, total: 2, lapsed: 2 },
      people: [{ personId: "p-1", name: "Ana", role: "OPERATOR,OVERSIGHT", covered: false }],
      candidates: [{ id: "p-2", name: "Ben" }],
      assign: ok,
      unassign: ok,
    }),
    h(PolicyEvidenceLinks, {
      obligationId: "ob-1",
      links: [{ linkId: "l-1", policyId: "po-1", title: "AI use", number: 2, status: "RETIRED" }],
      published: [{ id: "po-2", title: "Oversight", number: 1 }],
      link: ok,
      unlink: ok,
    } as never),
  ]
    .map((element) => renderIn(locale, element))
    .join("\n");
}

describe("vendor requests, Statement of Applicability, AI-literacy forms and policy evidence", () => {
  it("German, with the Act's term for AI literacy", () => {
    const html = registers("de");
    expect(html).toContain("Nachricht an den Lieferanten");
    expect(html).toContain("Acme AI (liefert dieses System)");
    expect(html).toContain("Betriebsanleitung");
    expect(html).toContain("Entscheidung speichern");
    expect(html).toContain("Einbeziehen");
    expect(html).toContain("Schulung erfassen");
    expect(html).toContain("Auffrischung alle (Monate)");
    expect(html).toContain("Vorlage herunterladen");
    expect(html).toContain("Die Liste zeigt die ersten 1 Systeme");
    expect(html).toContain(`${GLOSSARIES.de!.aiLiteracy.one} (Art 4)`);
    expect(html).toContain("1 von 2 geschult (50 %)");
    expect(html).toContain("2 Auffrischungen überfällig");
    expect(html).toContain("(Bedient, Beaufsichtigt)");
    expect(html).toContain("AI use, Version 2");
    expect(html).toContain("Richtlinie verknüpfen");
    expect(html).not.toMatch(/Create request|Save decision|Record training|Add person|Link policy/);
  });

  it("French, with the Act's term for AI literacy", () => {
    const html = registers("fr");
    expect(html).toContain("Message au fournisseur");
    expect(html).toContain("Enregistrer la décision");
    expect(html).toContain("Enregistrer la formation");
    expect(html).toContain("Télécharger le modèle");
    expect(html).toContain(
      `${GLOSSARIES.fr!.aiLiteracy.one[0]!.toUpperCase()}${GLOSSARIES.fr!.aiLiteracy.one.slice(1)} (Art 4)`,
    );
    expect(html).toContain("1 sur 2 formés (50 %)");
    expect(html).toContain("(Utilise, Supervise)");
    expect(html).toContain("Lier la politique");
    expect(html).not.toMatch(/Create request|Save decision|Record training|Add person|Link policy/);
  });

  it("English stays as it was", () => {
    const html = registers("en");
    expect(html).toContain("Acme AI (supplies this system)");
    expect(html).toContain("Instructions for use (Art 13)");
    expect(html).toContain("Save decision");
    expect(html).toContain("Record training");
    expect(html).toContain("Columns: Name, E-mail, Job role, Business unit (an existing unit's name).");
    expect(html).toContain("1 of 2 trained (50%)");
    expect(html).toContain("2 refreshers overdue");
    expect(html).toContain("(Operates, Oversees)");
    expect(html).toContain("AI use, version 2");
    expect(html).toContain("Choose a published policy…");
  });
});
