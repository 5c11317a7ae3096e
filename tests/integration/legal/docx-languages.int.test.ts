import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getLegalRecordDocx } from "@/lib/dal/legal-records/docx";
import { saveDerogation, saveFria } from "@/lib/dal/legal-records/write";
import { db } from "@/lib/db/client";
import { DEROGATION_PROFILE, FULL_DEROGATION, FULL_FRIA, input, legalOrganisation } from "./helpers";

// The Word files follow the organisation's document language (Settings → Organisation), not the reader's.
const text = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)["word/document.xml"]!)
    .replace(/<\/w:p>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'");

let fria: Awaited<ReturnType<typeof legalOrganisation>>;
let derogation: Awaited<ReturnType<typeof legalOrganisation>>;
beforeAll(async () => {
  fria = await legalOrganisation(undefined, "Docx Deutsch");
  derogation = await legalOrganisation(DEROGATION_PROFILE, "Docx Français");
  await db().organization.update({ where: { id: fria.organizationId }, data: { documentLocale: "de" } });
  await db().organization.update({ where: { id: derogation.organizationId }, data: { documentLocale: "fr" } });
  await saveFria(fria.legal, input(fria.systemId, FULL_FRIA));
  await saveDerogation(derogation.legal, input(derogation.systemId, FULL_DEROGATION, { complete: true }));
});

describe("legal Word files in the organisation's document language", () => {
  it("writes the FRIA in German for an organisation whose documents are German", async () => {
    const t = text((await getLegalRecordDocx(fria.legal, fria.systemId, "fria")).bytes);
    expect(t).toContain("Grundrechte-Folgenabschätzung");
    expect(t).toContain("(c) Kategorien betroffener natürlicher Personen und Gruppen");
    expect(t).toContain("Art 27 verlangt vor der ersten Verwendung dieses Systems");
    expect(t).toContain("Consumer-credit decisions in retail branches.");
    expect(t).not.toContain("Not filled in yet");
  });

  it("writes the Art 6(3) assessment in French, its option labels included", async () => {
    const t = text((await getLegalRecordDocx(derogation.manager, derogation.systemId, "derogation")).bytes);
    expect(t).toContain("Évaluation au titre de l'Art 6(3) et données d'enregistrement");
    expect(t).toContain("d) Une tâche préparatoire en vue d'une évaluation");
    expect(t).toContain("En service");
    expect(t).toContain("Pas encore validée par le service juridique");
  });
});
