import { describe, expect, it } from "vitest";
import { renderDossier } from "@/lib/pdf/render-dossier";
import { cleanSnapshot } from "../dossier/clean-snapshot";
import { makeSnapshot } from "./fixtures";
import { pdfPages } from "./pdf-text";

describe("page 1 of a dossier", () => {
  it("says where the system stands and links each gap to the page that explains it", async () => {
    const pdf = await renderDossier(makeSnapshot());
    const pages = await pdfPages(pdf);
    const cover = pages[0] ?? "";
    expect(cover).toContain("Classification High-risk (run 2)");
    expect(cover).toContain("Roles Provider, Deployer");
    expect(cover).toContain("Disposition Final");
    expect(cover).toContain("Gap summary: 3 gaps block a final dossier");
    const annexPage = Number(
      /Annex IV technical documentation: 9 of 9 sections missing or incomplete page (\d+)/.exec(cover)?.[1],
    );
    expect(pages[annexPage - 1]).toContain("Annex IV technical documentation");
    // Each line is a link to a named destination the section registered.
    const raw = pdf.toString("latin1");
    for (const name of ["gap-annex-iv", "gap-fria", "gap-registration"]) {
      expect(raw).toContain(`/D (${name})`);
      expect(raw).toContain(`(${name})`);
    }
  });

  it("says plainly when nothing is missing, and a final dossier carries no DRAFT mark", async () => {
    const pages = await pdfPages(await renderDossier(cleanSnapshot()));
    expect(pages[0]).toContain("Gap summary: nothing the law requires is missing");
    expect(pages.join(" ")).not.toContain("DRAFT");
  });

  it("marks every page of a draft", async () => {
    const s = makeSnapshot();
    const pages = await pdfPages(await renderDossier({ ...s, dossier: { ...s.dossier, finality: "DRAFT" } }));
    for (const page of pages) expect(page).toContain("DRAFT");
    expect(pages[0]).toContain("Version 3 · Draft: not for submission, not attestable");
  });
});
