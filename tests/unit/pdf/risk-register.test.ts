import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { dossierGaps } from "@/lib/pdf/gaps";
import { renderDossier } from "@/lib/pdf/render-dossier";
import { bandSummary, byCurrentScore, overdueReviews, ratingText, residualRating } from "@/lib/pdf/risk-register";
import type { DossierRisk, DossierSnapshot } from "@/lib/pdf/snapshot";
import { cleanSnapshot } from "../dossier/clean-snapshot";
import { makeSnapshot, MINIMAL_PROFILE } from "./fixtures";
import { pdfPages } from "./pdf-text";

export const risk = (overrides: Partial<DossierRisk> = {}): DossierRisk => ({
  title: "Wrong refusals for applicants with short credit files",
  description: "",
  source: "MANUAL",
  likelihood: 4,
  impact: 4,
  residualLikelihood: 2,
  residualImpact: 3,
  treatment: "MITIGATE",
  mitigation: "Second review of every refusal below the cut-off.",
  obligations: ["Art 10", "Art 14"],
  owner: "Ana Nowak",
  nextReviewDate: "2027-03-01",
  status: "TREATED",
  accepted: null,
  ...overrides,
});

const ACCEPTED = risk({
  title: "Drift in income data after the tax reform",
  likelihood: 3,
  impact: 4,
  residualLikelihood: 3,
  residualImpact: 4,
  treatment: "ACCEPT",
  accepted: { by: "Zoë Ærøskøbing", at: "2026-11-20T10:00:00.000Z", justification: "Monthly drift checks catch it." },
});

const withRegister = (s: DossierSnapshot, risks: DossierRisk[], asOf = "2026-12-05"): DossierSnapshot => ({
  ...s,
  riskRegister: { asOf, risks },
});

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("risk register helpers", () => {
  it("orders by current score, highest first, keeping the register's order within a score", () => {
    const a = risk({ title: "a", residualLikelihood: null, residualImpact: null, likelihood: 2, impact: 2 });
    const b = risk({ title: "b", residualLikelihood: 5, residualImpact: 5 });
    const c = risk({ title: "c", residualLikelihood: 1, residualImpact: 4 });
    expect(byCurrentScore([a, b, c]).map((r) => r.title)).toEqual(["b", "a", "c"]);
  });

  it("finds reviews past their date unless the risk is closed", () => {
    const late = risk({ nextReviewDate: "2026-12-04" });
    const today = risk({ nextReviewDate: "2026-12-05" });
    const closed = risk({ nextReviewDate: "2026-01-01", status: "CLOSED" });
    const none = risk({ nextReviewDate: null });
    expect(overdueReviews([late, today, closed, none], "2026-12-05")).toEqual([late]);
  });

  it("writes ratings and band counts in words", () => {
    expect(ratingText(residualRating(risk()))).toBe("6 Medium");
    expect(ratingText(residualRating(risk({ residualImpact: null })))).toBe("Not rated");
    expect(bandSummary([risk(), ACCEPTED, risk({ residualLikelihood: 5, residualImpact: 5 })])).toBe(
      "1 critical, 1 high, 1 medium",
    );
  });
});

describe("risk register gaps", () => {
  it("a high-risk system with no risks recorded has a gap that does not block", () => {
    const gaps = dossierGaps(withRegister(cleanSnapshot(), []));
    expect(gaps).toMatchObject([{ kind: "risk-register", blocking: false, destination: "gap-risk-register" }]);
    expect(gaps[0]?.title).toContain("no risks recorded");
  });

  it("names the risks past their review date", () => {
    const late = risk({ nextReviewDate: "2026-11-30" });
    const gaps = dossierGaps(withRegister(cleanSnapshot(), [late, ACCEPTED]));
    expect(gaps).toMatchObject([
      { kind: "risk-register", blocking: false, items: [expect.stringContaining(late.title)] },
    ]);
    expect(gaps[0]?.title).toBe("Art 9 risk register: 1 risk past its review date");
  });

  it("asks nothing of a system that is not high-risk, nor of a snapshot sealed before the register", () => {
    expect(dossierGaps(withRegister(makeSnapshot(MINIMAL_PROFILE), [])).map((g) => g.kind)).not.toContain(
      "risk-register",
    );
    expect(dossierGaps(cleanSnapshot())).toEqual([]);
  });
});

describe("risk register in the dossier PDF", () => {
  it("prints the heat maps, the register, the accepted risk's justification and section 5's pointer", async () => {
    const late = risk({ title: "Opaque reasons given to refused applicants", nextReviewDate: "2026-11-02" });
    const pdf = await renderDossier(withRegister(cleanSnapshot(), [risk(), ACCEPTED, late]));
    if (process.env.RISK_PDF_OUT) await writeFile(process.env.RISK_PDF_OUT, pdf);
    const text = squash((await pdfPages(pdf)).join("\n"));
    expect(text).toContain("Art 9 risk management");
    expect(text).toContain("Inherent (before treatment)");
    expect(text).toContain("Wrong refusals for applicants with short credit files");
    expect(text).toContain("16 High");
    expect(text).toContain("Art 10, Art 14");
    expect(text).toContain("Monthly drift checks catch it.");
    expect(text).toContain("Accepted by Zoë Ærøskøbing on 20 Nov 2026");
    expect(text).toContain("Past due");
    expect(text).toMatch(/Risk register: 3 risks \(1 high, 2 medium on the current rating\), 1 past the review date/);
    expect(text).toContain("1 risk past its review date (does not block)");
  });

  it("labels the heat map's steps in the organisation's own words", async () => {
    const s = withRegister(cleanSnapshot(), [risk()]);
    const register = { ...s.riskRegister!, likelihoodLabels: ["Never", "Yearly", "Monthly", "Weekly", "Daily"] };
    const text = squash((await pdfPages(await renderDossier({ ...s, riskRegister: register }))).join("\n"));
    expect(text).toContain("4 Weekly");
    expect(text).toContain("5 Severe");
  });

  it("a high-risk system without risks shows the gap in the section; a minimal-risk one has no section", async () => {
    const empty = squash((await pdfPages(await renderDossier(withRegister(cleanSnapshot(), [])))).join("\n"));
    expect(empty).toContain("Risk register: no risks recorded");
    const minimal = squash(
      (await pdfPages(await renderDossier(withRegister(makeSnapshot(MINIMAL_PROFILE), [])))).join("\n"),
    );
    expect(minimal).not.toContain("Art 9 risk management");
  });
});
