import { describe, expect, it } from "vitest";
import { renderPortfolio } from "@/lib/pdf/portfolio/render-portfolio";
import { pdfPages } from "../pdf-text";
import { largeSnapshot } from "./fixture";

const TREND = Array.from({ length: 12 }, (_, i) => ({
  day: `2026-${String(i + 1).padStart(2, "0")}-01`,
  dueNowPct: 10 + i,
  laterPct: i,
  dueNowOpen: 40 - i,
  laterOpen: 60,
  overdue: 12 - i,
  highRisk: 3,
  openIncidents: 1,
}));

// What precedes a chart section (here the readiness table, one row per business unit) moves its heading down the
// page; wherever it lands, the chart must be on the heading's page, never left alone on the next one.
describe("portfolio sections keep their chart with their heading", () => {
  it("for every position of the quarter and trend sections on the page", async () => {
    for (let units = 0; units <= 36; units += 3) {
      const snapshot = largeSnapshot();
      snapshot.figures.timeline = snapshot.figures.timeline.slice(0, 2);
      snapshot.figures.readiness.byUnit = Array.from({ length: units }, (_, i) => ({
        unit: `Unit ${i}`,
        applicable: 10,
        done: 1,
      }));
      snapshot.detail.trend = TREND;
      const pages = await pdfPages(await renderPortfolio(snapshot));
      const quarterPage = pages.find((p) => p.includes("What comes due, per quarter") && !p.includes("Contents"));
      const trendPage = pages.find((p) => /\d\. Trend/.test(p) && !p.includes("Contents"));
      expect(quarterPage, `${units} units`).toContain("Duties per quarter in which they begin to apply");
      expect(trendPage, `${units} units`).toContain("Readiness over time");
    }
  });
});
