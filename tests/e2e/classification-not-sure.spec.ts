import { expect, test, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A copy of TalentRank, seeded as a bought CV-screening tool, fully answered: high-risk via Annex III employment.
// Each test answers on a copy of its own, so the demo system and other specs see the seeded answers.
const TALENT_RANK = "CV screening and ranking (TalentRank)";
const AREA = "Is the system used in any of these areas?";
const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const question = (page: Page, prompt: string) => page.getByRole("group", { name: prompt });
const live = (page: Page) => page.getByRole("complementary", { name: "Live result" });
const step = (page: Page, title: RegExp) =>
  page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("button", { name: title });

// axe and a screenshot at desktop width and at 390 px, then back to desktop.
async function checkBothWidths(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, `not-sure-${name}-desktop`);
  await page.setViewportSize(MOBILE);
  await expectAccessible(page);
  // Elements sticking out past the right edge (outside any scroll container of their own) make the page scroll sideways.
  const sticking = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 &&
          !e.closest("[class*=overflow-]"),
      )
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 120)),
  );
  expect(sticking, "no sideways scrolling at 390 px").toEqual([]);
  await screenshot(page, `not-sure-${name}-mobile`);
  await page.setViewportSize(DESKTOP);
}

test("'Not sure' on the Annex III area leaves the result not determined, high-risk still possible, until it is answered", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(DESKTOP);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const { path: systemPath } = await createSystemViaApi(browser, {
    copyOf: TALENT_RANK,
    name: uniqueName("CV screening not sure"),
  });
  await page.goto(`${systemPath}/classify`);
  await expect(page.getByRole("heading", { name: "Classification questionnaire" })).toBeVisible();

  await step(page, /High-risk uses \(Annex III\)/).click();
  await question(page, AREA).getByRole("checkbox", { name: "Not sure" }).check();
  await expect(question(page, AREA).getByText(/Who can answer this:.*product owner/)).toBeVisible();
  await expect(
    question(page, AREA).getByRole("checkbox", { name: "Employment and workers' management" }),
  ).not.toBeChecked();

  // The live panel never shows the lower tier alone: it names the highest tier still possible and the question.
  await expect(live(page).getByRole("heading", { name: "Not determined yet" })).toBeVisible();
  await expect(page.getByTestId("undetermined-summary")).toContainText(
    "High-risk unless the questions below rule it out.",
  );
  const deciding = live(page).getByRole("region", { name: /Questions that decide the result/ });
  await expect(deciding).toContainText(AREA);
  await expect(deciding).toContainText("Answered “Not sure”");
  await step(page, /What is being assessed/).click();
  await deciding.getByRole("button", { name: `Answer: ${AREA}` }).click();
  await expect(question(page, AREA)).toBeFocused();
  await checkBothWidths(page, "wizard");

  // Save and resume keep the "not sure"; storing the run shows the same on the classification tab.
  await page.getByRole("button", { name: "Save and continue later" }).click();
  await expect(page.getByText(/Answers saved .* You can continue later\./)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Resumed from the answers saved/)).toBeVisible();
  await step(page, /High-risk uses \(Annex III\)/).click();
  await expect(question(page, AREA).getByRole("checkbox", { name: "Not sure" })).toBeChecked();
  await page.getByRole("button", { name: "Complete classification" }).click();
  await expect(page).toHaveURL(new RegExp(`${systemPath}/classification$`));
  await expect(page.getByRole("heading", { name: "Current result" })).toBeVisible();
  await expect(page.getByTestId("undetermined-summary")).toContainText("High-risk");
  const decidingCard = page.getByRole("region", { name: "Questions that decide the result" });
  await expect(decidingCard.getByRole("heading", { name: "Questions that decide the result (1)" })).toBeVisible();
  await expect(decidingCard).toContainText(AREA);
  await expect(decidingCard).toContainText(/Who can answer this:.*product owner/);
  await expect(page.getByTestId("review-not-yet")).toContainText("Not ready for legal review");
  await expect(page.getByRole("table", { name: /Classification runs/ })).toContainText("Not determined yet");
  await checkBothWidths(page, "result");

  // Answering it from the result's link settles the classification.
  await decidingCard.getByRole("link", { name: `Answer: ${AREA}` }).click();
  await expect(question(page, AREA)).toBeFocused();
  await question(page, AREA).getByRole("checkbox", { name: "Employment and workers' management" }).check();
  await expect(question(page, AREA).getByRole("checkbox", { name: "Not sure" })).not.toBeChecked();
  await question(page, "What does it do in employment?")
    .getByLabel(/^Recruitment or selection/)
    .check();
  await step(page, /Art 6\(3\) derogation/).click();
  await question(
    page,
    "Does any of these describe the system, so that it does not really shape the decision about a person?",
  )
    .getByRole("checkbox", { name: "None of these" })
    .check();
  await expect(live(page).getByRole("heading", { name: "Not determined yet" })).toHaveCount(0);
  await expect(page.getByTestId("live-result")).toContainText("High-risk");
  await page.getByRole("button", { name: "Complete classification" }).click();
  await expect(page).toHaveURL(new RegExp(`${systemPath}/classification$`));
  await expect(page.getByTestId("undetermined-summary")).toHaveCount(0);
  await expect(page.getByText("High-risk via Annex III 4(a)", { exact: false })).toBeVisible();
  await expect(page.getByTestId("run-diff")).toContainText("Not determined yet (could be High-risk) → High-risk");
  await checkBothWidths(page, "settled");
});

test("answers that contradict each other are named with both questions, and the run cannot be completed until fixed", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const { path } = await createSystemViaApi(browser, { copyOf: TALENT_RANK, name: uniqueName("CV screening clash") });
  await page.goto(`${path}/classify`);

  const technique = "Which technique best describes how the system produces its outputs?";
  await question(page, technique).getByRole("radio", { name: "Only executes rules written by people" }).check();
  const clash = live(page).getByRole("region", { name: /Answers that contradict each other \(1\)/ });
  await expect(clash).toContainText("The technique and the answer on inference disagree");
  await expect(clash.getByRole("button", { name: `Answer: ${technique}` })).toBeVisible();
  await expect(clash.getByRole("button", { name: /^Answer: Does the system infer/ })).toBeVisible();
  const complete = page.getByRole("button", { name: "Complete classification" });
  await expect(complete).toBeDisabled();
  await expect(page.getByText(/Two answers contradict each other: correct them/)).toBeVisible();
  await expectAccessible(page);

  await question(page, technique)
    .getByRole("radio", { name: /^Machine learning/ })
    .check();
  await expect(clash).toHaveCount(0);
  await expect(complete).toBeEnabled();
});
