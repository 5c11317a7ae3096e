import { expect, test, type Locator } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The questionnaire and the stored result count the same open questions for the same answers: the wizard's live
// panel, its "unanswered" line, and the cards of the Current result on the classification tab.
const TALENT_RANK = "CV screening and ranking (TalentRank)";
const AREA = "Is the system used in any of these areas?";
const DECIDING = "Questions that decide the result";
const COMPLETING = "Questions that complete the obligations";

const countIn = async (heading: Locator) => Number(/\((\d+)\)/.exec((await heading.textContent()) ?? "")?.[1] ?? 0);
// Each open question carries one "Answer" link (a button in the wizard) named after its prompt.
const answerLinks = (scope: Locator) => scope.locator('[aria-label^="Answer: "]');
const heading = (scope: Locator, title: string) =>
  scope.getByRole("heading", { name: new RegExp(`^${title.replace(/[()]/g, "\\$&")} \\(\\d+\\)$`) });

// The count in each list's heading, and the number of questions listed under it.
async function counts(scope: Locator, region: (title: string) => Locator) {
  await expect(heading(scope, COMPLETING)).toBeVisible();
  const out = { deciding: 0, completing: 0 };
  for (const [key, title] of [
    ["deciding", DECIDING],
    ["completing", COMPLETING],
  ] as const) {
    const h = heading(scope, title);
    if ((await h.count()) === 0) continue;
    out[key] = await countIn(h);
    await expect(answerLinks(region(title))).toHaveCount(out[key]);
  }
  return out;
}

test("the stored result lists and counts the open questions the questionnaire counted", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const { path } = await createSystemViaApi(browser, { copyOf: TALENT_RANK, name: uniqueName("Open questions") });
  await page.goto(`${path}/classify`);
  await page
    .getByRole("navigation", { name: "Questionnaire steps" })
    .getByRole("button", { name: /High-risk uses \(Annex III\)/ })
    .click();
  await page.getByRole("group", { name: AREA }).getByRole("checkbox", { name: "Not sure" }).check();

  const live = page.getByRole("complementary", { name: "Live result" });
  const inWizard = await counts(live, (title) => live.getByRole("region", { name: new RegExp(`^${title} \\(`) }));
  expect(inWizard.deciding).toBeGreaterThan(0);
  // The line under the buttons counts the same questions: blank ones plus those answered "Not sure".
  const line = (await page.getByText(/answered “Not sure”/).textContent()) ?? "";
  const blank = Number(/(\d+) applicable questions? (?:is|are) unanswered/.exec(line)?.[1] ?? 0);
  const notSure = Number(/(\d+) answered “Not sure”/.exec(line)?.[1]);
  expect(blank + notSure).toBe(inWizard.deciding + inWizard.completing);
  await page.getByRole("button", { name: "Complete classification" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/classification$`));

  const main = page.getByRole("main");
  expect(await counts(main, (title) => main.getByRole("region", { name: title, exact: true }))).toEqual(inWizard);
  // Beside the review form: the same deciding questions, none more.
  await expect(answerLinks(page.getByTestId("review-not-yet"))).toHaveCount(inWizard.deciding);
  await expectAccessible(page);
  await screenshot(page, "open-questions-result");
});
