import { mkdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDossier } from "@/lib/pdf/render-dossier";
import type { DossierObligation, DossierSnapshot } from "@/lib/pdf/snapshot";
import { one } from "../../helpers/expect-defined";
import { makeSnapshot } from "./fixtures";
import { pdfPages, pdfToPngs, pdfWords } from "./pdf-text";

const LOREM =
  "The provider documents the measure, tests it against predefined metrics, records who approved it and when, and keeps the record for ten years. ";
const MARGIN = { top: 64, bottom: 64, left: 56, right: 56 };

function longSnapshot(): DossierSnapshot {
  const base = makeSnapshot();
  const obligations: DossierObligation[] = Array.from({ length: 300 }, (_, i) => ({
    code: `test.${i}`,
    role: i % 3 === 0 ? "deployer" : "provider",
    article: `Art ${9 + (i % 40)}(${1 + (i % 5)})`,
    title: `Obligation ${String(i + 1).padStart(3, "0")}: ${"keep the risk file complete and current ".repeat(1 + (i % 3)).trim()}`,
    // Every 50th summary is longer than a whole page, to force the text across a page break.
    summary: LOREM.repeat(i % 50 === 7 ? 60 : 1 + (i % 6)),
    appliesFrom: "2027-12-02",
    blocking: i % 7 === 0,
    status: one(["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"] as const, i % 4),
    notApplicableReason: i % 4 === 3 ? "The system is not placed on the market; it is used in-house only." : "",
    owner: i % 2 ? "Małgorzata Wiśniewska-Åkesson" : null,
    dueDate: i % 2 ? "2027-09-30" : null,
    obsolete: i % 97 === 0,
    evidenceCount: i % 5,
  }));
  return { ...base, system: { ...base.system, description: LOREM.repeat(80) }, obligations };
}

describe("a dossier with 300 obligations and long texts", () => {
  it("renders every obligation, keeps all text inside the page margins, and has a plausible page count", async () => {
    const snapshot = longSnapshot();
    const pdf = await renderDossier(snapshot);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.length).toBeLessThan(200);
    const text = pages.join(" ");
    for (const o of snapshot.obligations) expect(text).toContain(o.title);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));

    // No word may run into the margins: body text ends above the bottom margin, and only the running header and
    // footer (drawn at fixed places) sit outside it.
    const { pages: sizes, words } = await pdfWords(pdf);
    expect(sizes).toHaveLength(pages.length);
    expect(words.length).toBeGreaterThan(20_000);
    for (const word of words) {
      const { width, height } = one(sizes, word.page - 1, `size of page ${word.page}`);
      const inFooter = word.yMin >= height - 42;
      const inHeader = word.yMax <= 46;
      expect(word.xMin, `"${word.text}" on page ${word.page}`).toBeGreaterThanOrEqual(MARGIN.left - 1);
      expect(word.xMax, `"${word.text}" on page ${word.page}`).toBeLessThanOrEqual(width - MARGIN.right + 1);
      // The cover's title band is drawn into the top margin on purpose.
      if (!inFooter && !inHeader && word.page > 1) {
        expect(word.yMax, `"${word.text}" on page ${word.page}`).toBeLessThanOrEqual(height - MARGIN.bottom + 2);
        expect(word.yMin, `"${word.text}" on page ${word.page}`).toBeGreaterThanOrEqual(MARGIN.top - 2);
      }
    }

    // Pictures of a few pages, for a person to look at (kept in the temp folder).
    const dir = path.join(tmpdir(), "actlas-long-dossier");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const pngs = await pdfToPngs(pdf, dir, 3, 8);
    expect(pngs).toHaveLength(6);
    for (const png of pngs) expect((await stat(png)).size).toBeGreaterThan(5_000);
  }, 120_000);
});
