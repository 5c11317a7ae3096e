import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { exportDossier, getDossierPdf, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { getDossierPdfIn } from "@/lib/dal/dossiers/rendition";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { pdfsig, signatureReason } from "../../helpers/pdfsig";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { classifiedOrganisation } from "./helpers";

const text = async (pdf: Uint8Array) => (await pdfPages(Buffer.from(pdf))).join(" ");

// Issue #22: a sealed dossier records its language, and the same sealed snapshot is exported in any language: the
// snapshot (and so its hash) is language-neutral, only the rendering is translated.
describe("a sealed dossier in several languages", () => {
  it("seals in English, exports the same snapshot in German and French, each signed and saying its language", async () => {
    const { organizationId, admin, systemId } = await classifiedOrganisation("Languages");
    const sealed = await exportDossier(admin, systemId, "DRAFT");
    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: sealed.id } });
    expect(row.locale).toBe("en");
    expect(sealed.locale).toBe("en");
    expect(one(await listDossiers(admin, systemId)).locale).toBe("en");

    const german = await getDossierPdfIn(admin, sealed.id, "de", systemId);
    const french = await getDossierPdfIn(admin, sealed.id, "fr", systemId);
    expect(german).toMatchObject({ locale: "de", sealedLocale: "en", sealed: false });
    expect(german.fileName).toBe("kredytowy-scoring-lodz-dossier-v1-de.pdf");

    // The snapshot is untouched by rendering: one stored row, the same hash, printed on every language's cover.
    expect(await db().dossierVersion.count({ where: { organizationId } })).toBe(1);
    expect(sha256Hex(canonicalJson(row.snapshot))).toBe(row.snapshotSha256);
    const [en, de, fr] = await Promise.all([text(sealed.pdf), text(german.pdf), text(french.pdf)]);
    for (const copy of [en, de, fr]) expect(copy).toContain(row.snapshotSha256);

    expect(en).toContain("Gap summary");
    expect(en).toContain("System description");
    expect(de).toContain("Systembeschreibung");
    expect(de).toContain("Lückenübersicht");
    expect(de).toContain("Freigabe und Prüfung");
    expect(de).toContain("Seite 1 von");
    expect(de).toContain("Deutsch");
    expect(de).not.toContain("System description");
    expect(fr).toContain("Description du système");
    expect(fr).toContain("Synthèse des lacunes");
    expect(fr).toContain("Français");
    expect(fr).not.toContain("System description");
    // A copy says it is one and how to verify it; the sealed file does not.
    // The sealed language is named in the sentence's own language ("auf Englisch", "en anglais"), not in itself.
    expect(de).toContain("Diese Kopie wurde nach der Versiegelung der Version auf Englisch");
    expect(fr).toContain("scellement de la version en anglais");
    expect(en).not.toContain("This copy was rendered");

    // Every language is a PAdES signature by the organisation that breaks on any changed byte.
    for (const pdf of [sealed.pdf, german.pdf, french.pdf]) expect((await pdfsig(pdf)).valid).toBe(true);
    // A reader's signature panel gives the reason in the document's language too.
    expect(signatureReason(sealed.pdf)).toBe("Sealed AI Act dossier, version 1 (draft)");
    expect(signatureReason(german.pdf)).toBe(
      "Dossier zur KI-Verordnung, Version 1 (Entwurf), auf Deutsch; versiegelt auf Englisch",
    );
    expect(signatureReason(french.pdf)).toBe("Dossier AI Act, version 1 (brouillon), en français ; scellé en anglais");
    expect(german.pdfSha256).toBe(sha256Hex(german.pdf));
    expect(german.pdfSha256).not.toBe(row.pdfSha256);
  });

  it("in the sealed language gives the sealed bytes themselves", async () => {
    const { admin, systemId } = await classifiedOrganisation("Languages same");
    const sealed = await exportDossier(admin, systemId, "DRAFT");
    const same = await getDossierPdfIn(admin, sealed.id, "en", systemId);
    expect(same.sealed).toBe(true);
    expect(Buffer.from(same.pdf).equals(sealed.pdf)).toBe(true);
  });

  it("seals in the organisation's document language by default, or in the language the exporter picks", async () => {
    const { organizationId, admin, systemId } = await classifiedOrganisation("Languages default");
    await db().organization.update({ where: { id: organizationId }, data: { documentLocale: "fr" } });
    const byDefault = await exportDossier(admin, systemId, "DRAFT");
    expect(byDefault.locale).toBe("fr");
    expect(await text(byDefault.pdf)).toContain("Description du système");
    expect(signatureReason(byDefault.pdf)).toBe("Dossier AI Act scellé, version 1 (brouillon)");
    const picked = await exportDossier(admin, systemId, "DRAFT", "de");
    expect((await db().dossierVersion.findUniqueOrThrow({ where: { id: picked.id } })).locale).toBe("de");
    expect(picked.fileName).toMatch(/-dossier-v2-de\.pdf$/);
    expect((await getDossierPdf(admin, picked.id)).fileName).toBe(picked.fileName);

    // A German seal renders back in English from the same snapshot.
    const english = await getDossierPdfIn(admin, picked.id, "en", systemId);
    expect(await text(english.pdf)).toContain("System description");
    const event = await db().auditEvent.findFirstOrThrow({
      where: { entityId: picked.id, action: "dossier.exported" },
    });
    expect(event.after).toMatchObject({ locale: "de" });
  });

  it("refuses another organisation's dossier as not found, in any language", async () => {
    const { admin, systemId } = await classifiedOrganisation("Languages owner");
    const { id } = await exportDossier(admin, systemId, "DRAFT");
    const stranger = await createOrganization("Languages stranger");
    await expect(getDossierPdfIn(stranger.admin, id, "de")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
