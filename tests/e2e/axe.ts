import axe from "axe-core";
import type { Page } from "@playwright/test";

export type Violation = { id: string; impact: string | null; help: string; targets: string[] };

// What the suite checks: WCAG 2.0–2.2 A and AA, plus 2.5.3 (label in name), which axe ships as experimental and runs only
// when asked. A control whose accessible name leaves out its visible words cannot be operated by a speech-input user
// saying what they see. Only violations are gathered.
const OPTIONS: axe.RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  rules: { "label-content-name-mismatch": { enabled: true } },
  resultTypes: ["violations"],
};

// axe-core run in the page itself, injected once per document. Playwright's axe wrapper injected its 570 KB source
// twice on every check and configured it for frames the pages do not have: about a quarter of each check's time, over
// some 300 checks a run. The pages embed no frames, so the page's own run sees everything.
export async function axeViolations(page: Page): Promise<Violation[]> {
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
  if (!present) await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, options);
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, OPTIONS);
}
