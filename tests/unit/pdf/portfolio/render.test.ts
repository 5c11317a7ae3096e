import { describe, expect, it } from "vitest";
import { renderPortfolio } from "@/lib/pdf/portfolio/render-portfolio";
import { pdfPages } from "../pdf-text";
import { largeSnapshot } from "./fixture";

describe("the portfolio report at scale", () => {
  it("says when an annex list is cut, and draws 40 quarters with the figures of every one in the table", async () => {
    const pages = await pdfPages(await renderPortfolio(largeSnapshot()));
    const text = pages.join(" ");
    expect(text).toContain("A.1 Overdue duties (open, due date passed), oldest first: 1,234");
    expect(text).toContain("The first 3 of 1,234 are listed here");
    // The reference names the page the annex list actually starts on (the annex flows on after the last section).
    const annexPage = pages.findIndex((page) => page.includes("A.1 Overdue duties")) + 1;
    expect(annexPage).toBeGreaterThan(1);
    expect(text).toContain(`The first 3 of 1,234 are listed in Annex A.1, page ${annexPage}.`);
    expect(text).toContain("Next deadline 2 Dec 2027 5,000 duties across 900 systems");
    expect(text).toContain("Q4 2034 1 Oct 2034 1,390 780 100");
    expect(pages[0]).toContain("Contents 1. Executive summary 2");
  });
});
