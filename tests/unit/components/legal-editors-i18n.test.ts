import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { DocxDownload } from "@/components/legal/docx-download";
import { EditorHeader } from "@/components/legal/editor-header";
import { LegalRecordForm } from "@/components/legal/legal-record-form";
import { NotApplicable } from "@/components/legal/not-applicable";
import { SignOffPanel } from "@/components/legal/sign-off-panel";
import type { Locale } from "@/lib/i18n/locales";
import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import { documentationApplicability } from "@/lib/legal/applicability";
import { DEROGATION_ASSESSMENT_FIELDS, DEROGATION_REGISTRATION_FIELDS } from "@/lib/legal/derogation-fields";
import { FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import { legalText, localizeFields, localizeSection } from "@/lib/legal/i18n";
import { glossaryDe } from "@/lib/rules/glossary/de";
import { glossaryFr } from "@/lib/rules/glossary/fr";
import { renderIn } from "./render-in";

// The forms use the app router only when submitted; rendering needs no router.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const ok = async () => ({ ok: true as const, data: {} as never });
const members = [{ userId: "u-1", name: "Ada Lindqvist" }];

// The derogation editor as its page builds it: the fields localized on the server, the form's own words by messages.
function derogationEditor(locale: Locale, readOnly: boolean, version = 1): string {
  const fields = Object.fromEntries(
    [...DEROGATION_ASSESSMENT_FIELDS, ...DEROGATION_REGISTRATION_FIELDS].map((f) => [f.key, ""]),
  );
  return renderIn(
    locale,
    h(LegalRecordForm, {
      kind: "DEROGATION",
      action: ok,
      defaultValues: { systemId: "sys-1", version, ownerId: "", complete: false, evidenceIds: [], fields },
      groups: [
        { title: "A", fields: localizeFields(locale, DEROGATION_ASSESSMENT_FIELDS) },
        {
          title: "B",
          fields: localizeFields(locale, [...DEROGATION_REGISTRATION_FIELDS, ...FRIA_NOTIFICATION_FIELDS]),
        },
      ],
      members,
      evidence: [],
      systemId: "sys-1",
      completeLabel: "",
      readOnly,
      draftKey: "k",
    }),
  );
}

describe("the documentation record editors in German and French", () => {
  it("shows German field labels, hints, options and the form's words", () => {
    const html = derogationEditor("de", false);
    expect(html).toContain("Herangezogene Bedingung nach Art 6(3)");
    expect(html).toContain("(a) Eine eng gefasste Verfahrensaufgabe");
    expect(html).toContain("Ja: es nimmt Profiling natürlicher Personen vor");
    expect(html).toContain("Bitte wählen…");
    expect(html).toContain(glossaryDe.intendedPurpose.one);
    expect(html).toContain(`Registrierungsnummer in der ${glossaryDe.euDatabase.one} (optional)`);
    expect(html).toContain(glossaryDe.marketSurveillanceAuthority.one);
    expect(html).toContain("Die Beweislast trägt der Anbieter.");
    expect(html).toContain("Verantwortlich, Nachweise und Status");
    expect(html).toContain("Fügen Sie Nachweise hinzu");
    expect(html).toContain(">Speichern<");
    expect(html).not.toMatch(/Choose…|Owner, evidence and status|>Save</);
  });

  it("shows French field labels and the form's words", () => {
    const html = derogationEditor("fr", false);
    expect(html).toContain("Condition de l'Art 6(3) invoquée");
    expect(html).toContain("Non : il n'effectue pas de profilage de personnes physiques");
    expect(html).toContain(`Nom du ${glossaryFr.provider.one}`);
    expect(html).toContain(`Numéro d'enregistrement dans la ${glossaryFr.euDatabase.one} (facultatif)`);
    expect(html).toContain("Choisir…");
    expect(html).toContain(">Enregistrer<");
  });

  it("reads a record in the reader's language when they may not edit", () => {
    expect(derogationEditor("de", true, 0)).toContain("Noch nicht verfasst");
    const fr = derogationEditor("fr", true);
    expect(fr).toContain("Non renseigné");
    expect(fr).toContain("Personne pour l'instant");
  });

  it("translates every Annex IV section and the header, download and not-required card", () => {
    const section = localizeSection("de", ANNEX_IV_SECTIONS[4]!);
    expect(section.title).toBe(`${glossaryDe.riskManagementSystem.one} (Art 9)`);
    expect(localizeSection("fr", ANNEX_IV_SECTIONS[8]!).title.toLowerCase()).toContain(
      glossaryFr.postMarketMonitoring.one,
    );
    const de = renderIn(
      "de",
      h("div", null, [
        h(EditorHeader, { key: 1, systemId: "s", title: section.title, description: section.summary }),
        h(DocxDownload, { key: 2, systemId: "s", kind: "annex-iv" }),
        h(NotApplicable, { key: 3, title: "X", reason: "", systemId: "s" }),
      ]),
    );
    expect(de).toContain("Dokumentation");
    expect(de).toContain("Word-Datei herunterladen (.docx)");
    expect(de).toContain("X: für dieses System nicht erforderlich");
    expect(renderIn("fr", h(DocxDownload, { systemId: "s", kind: "fria" }))).toContain("Télécharger le fichier Word");
  });

  it("words the sign-off panel in German and French", () => {
    const panel = (locale: Locale) =>
      renderIn(
        locale,
        h(SignOffPanel, {
          systemId: "s",
          version: 1,
          canSignOff: true,
          blocker: null,
          signedOff: { by: "Ada", at: "1 Mar 2027" },
          action: ok as never,
        }),
      );
    expect(panel("de")).toContain('Freigegeben von <span class="font-medium">Ada</span>');
    expect(panel("fr")).toContain("Validation juridique");
  });

  it("gives why a record applies in the reader's language, roles included", () => {
    const none = documentationApplicability(null);
    expect(legalText("de", none.FRIA.reason)).toMatch(/^Klassifizieren Sie das System zuerst/);
    const notProvider =
      "Your organisation is not the provider of this high-risk system (its roles: deployer, importer). The provider draws up the Annex IV documentation; ask it for the instructions for use (Art 13).";
    expect(legalText("de", notProvider)).toContain(`(ihre Rollen: ${glossaryDe.deployer.one}, Einführer)`);
    expect(legalText("fr", notProvider)).toContain(`(ses rôles : ${glossaryFr.deployer.one}, importateur)`);
    expect(legalText("en", notProvider)).toBe(notProvider);
  });
});
