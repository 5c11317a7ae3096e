import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { renderDossier } from "@/lib/pdf/render-dossier";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";
import { makeSnapshot } from "../fixtures";
import { pdfPages } from "../pdf-text";

// The dossier prints the legal records' field labels, option words and Annex IV section titles in its own language;
// the snapshot keeps the records' English definitions and answers as sealed.
const record: DossierLegalRecord = {
  fields: { processes: "Kreditentscheidungen", condition: "preparatory_task" },
  complete: false,
  owner: null,
  evidence: [],
  updatedAt: "2026-11-01T00:00:00.000Z",
  signedOffBy: null,
  signedOffAt: null,
};

async function dossierText(locale: Locale): Promise<string> {
  const snapshot = makeSnapshot();
  snapshot.records = { annexIv: [{ ...record, section: 1 }], derogation: null, fria: record };
  return (await pdfPages(await renderDossier(snapshot, undefined, locale))).join("\n").replace(/\s+/g, " ");
}

describe("the dossier's legal records in its language", () => {
  it.each<[Locale, string[]]>([
    ["de", ["Verfahren, in denen das System verwendet wird", "Allgemeine Beschreibung des KI-Systems"]],
    ["fr", ["Processus dans lesquels le système est utilisé", "Description générale du système d'IA"]],
    ["en", ["Processes in which the system is used", "General description of the AI system"]],
  ])(
    "%s",
    async (locale, expected) => {
      const text = await dossierText(locale);
      for (const phrase of expected) expect(text).toContain(phrase);
    },
    30_000,
  );
});
