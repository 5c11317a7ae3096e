import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSelfSigned, importSigningKey } from "@/lib/crypto/signing-certificate";
import { renderDossier } from "@/lib/pdf/render-dossier";
import { signPdf } from "@/lib/pdf/sign";
import { pdfsig, signatureText } from "../../helpers/pdfsig";
import { makeSnapshot } from "./fixtures";
import { pdfPages, pdfToPngs } from "./pdf-text";

async function pngsOf(pdf: Buffer, first: number, last: number): Promise<Buffer[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "actlas-sign-png-"));
  try {
    return await Promise.all((await pdfToPngs(pdf, dir, first, last)).map((file) => readFile(file)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("signing a rendered dossier (PAdES, incremental update)", () => {
  it("keeps every original byte and every pixel, and adds a signature pdfsig validates", async () => {
    const snapshot = makeSnapshot();
    const pdf = await renderDossier(snapshot);
    const material = generateSelfSigned("Demo Bank & Insurance");
    const signed = await signPdf(
      pdf,
      { privateKey: await importSigningKey(material.keyPkcs8), chain: material.chain },
      { name: "Demo Bank & Insurance", reason: "Sealed AI Act dossier", signingTime: new Date("2026-12-05T10:00:00Z") },
    );
    expect(signed.subarray(0, pdf.length).equals(pdf)).toBe(true);
    const pages = (await pdfPages(pdf)).length;
    expect((await pdfPages(signed)).length).toBe(pages);
    // The signature field is invisible: the first and last pages render exactly as before.
    const [before, after] = await Promise.all([pngsOf(pdf, 1, 1), pngsOf(signed, 1, 1)]);
    expect(after).toEqual(before);
    expect(await pngsOf(signed, pages, pages)).toEqual(await pngsOf(pdf, pages, pages));

    const report = await pdfsig(signed);
    expect(report.valid, report.text).toBe(true);
    expect(report.commonName).toBe("Demo Bank & Insurance");
    expect(report.signedAt).toMatch(/^Dec 0[456] 2026/); // /M, shown in the local time zone
  });

  it("writes a reason and a signer name outside ASCII as the reader must show them, and stays valid", async () => {
    const pdf = await renderDossier(makeSnapshot());
    const material = generateSelfSigned("Société Générale (Zürich)");
    const reason = "Bericht über einen schwerwiegenden Vorfall INC-0007 (KI-Verordnung Art 73) – „Prüfung“";
    const signed = await signPdf(
      pdf,
      { privateKey: await importSigningKey(material.keyPkcs8), chain: material.chain },
      { name: "Société Générale (Zürich)", reason, signingTime: new Date("2026-12-05T10:00:00Z") },
    );
    // @signpdf alone stores the UTF-16 bytes as UTF-8: a reader would show "Ã¾Ã¿…" instead of the words.
    expect(signatureText(signed, "Reason")).toBe(reason);
    expect(signatureText(signed, "Name")).toBe("Société Générale (Zürich)");
    const report = await pdfsig(signed);
    expect(report.valid, report.text).toBe(true);
    expect(signed.subarray(0, pdf.length).equals(pdf)).toBe(true);
  });

  it("keeps an ASCII reason as a plain string, parentheses and all", async () => {
    const pdf = await renderDossier(makeSnapshot());
    const material = generateSelfSigned("Demo Bank & Insurance");
    const signed = await signPdf(
      pdf,
      { privateKey: await importSigningKey(material.keyPkcs8), chain: material.chain },
      { name: "Demo Bank & Insurance", reason: "Statement (ISO) \\ v2", signingTime: new Date("2026-12-05T10:00:00Z") },
    );
    expect(signatureText(signed, "Reason")).toBe("Statement (ISO) \\ v2");
    expect((await pdfsig(signed)).valid).toBe(true);
  });
});
