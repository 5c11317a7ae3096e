import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";
import { expectFitsPhone, PHONE, PHONE_PAGES, tabRowProblem, wideTableProblem } from "./phone-fit";
import { demoIds } from "./role-probe-records";
import type { Ids } from "./role-routes";

// German words run long and French puts a space before its colons: every signed-in page must still fit a phone in
// both (issue #22). German pages also pass axe (a control's name must still hold its visible words); French is
// checked for fit only, to keep the walk short.
const LANGUAGES = [
  { locale: "de-DE", error: "Etwas ist schiefgegangen", tabs: /^Bereiche /, axe: true },
  { locale: "fr-FR", error: "Une erreur s'est produite", tabs: /^Sections /, axe: false },
] as const;

let ids: Ids;
// The probe records (an incident, a sealed dossier) are found, or made, through the English forms.
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  ids = await demoIds(page);
  await context.close();
});

for (const language of LANGUAGES) {
  test(`every page fits a phone's width in ${language.locale}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: PHONE, locale: language.locale });
    const page = await context.newPage();
    await signIn(page, DEMO.admin.email, DEMO.admin.password);
    const problems: string[] = [];
    for (const url of PHONE_PAGES.map((u) => u(ids))) {
      try {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator("html"), url).toHaveAttribute("lang", language.locale.slice(0, 2));
        await expect(page.getByRole("heading", { name: language.error }), url).toHaveCount(0);
        await expectFitsPhone(page, url);
        if (language.axe) await expectAccessible(page);
        const tabs = await tabRowProblem(page, language.tabs);
        if (tabs) problems.push(`${url}: ${tabs}`);
        const table = await page.evaluate(wideTableProblem);
        if (table) problems.push(`${url}: ${table}`);
      } catch (error) {
        // Every page is visited even after one fails, so a single run lists all that need work.
        const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[\d+m/g, "");
        problems.push(`${url}: ${text.split("\n").slice(0, 6).join(" ").replace(/\s+/g, " ")}`);
      }
    }
    expect(problems, `${problems.length} of ${PHONE_PAGES.length} pages`).toEqual([]);
    await context.close();
  });
}
