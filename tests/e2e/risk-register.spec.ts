import { expect, test, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A cell of the current or inherent heat map, by its accessible name ("1 risk, critical: show them").
const cell = (page: Page, count: number, band: string) =>
  page
    .getByRole("table", { name: /by likelihood \(rows\) and impact \(columns\)/ })
    .getByRole("link", { name: `${count} ${count === 1 ? "risk" : "risks"}, ${band}: show them` });

test("a compliance officer adds a risk, mitigates it, and the heat map moves it to its residual cell", async ({
  page,
  browser,
}) => {
  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Risk register"),
  });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(`${system.path}/risks`);
  await expect(
    page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Risks" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("No risks recorded for this system yet.")).toBeVisible();
  await expectAccessible(page);

  // Bad input is refused next to the field, and what was typed stays.
  const form = page.getByRole("form", { name: "Add a risk" });
  await form.getByLabel("Description").fill("Thin-file applicants are scored as risky.");
  await form.getByRole("button", { name: "Add risk" }).click();
  await expect(form.getByText("Give the risk a title (at least 3 characters).")).toBeVisible();
  await expect(form.getByLabel("Description")).toHaveValue("Thin-file applicants are scored as risky.");

  await form.getByLabel(/^Risk/).fill("Unfair refusals of thin-file applicants");
  await form.getByLabel("Affected persons").fill("Loan applicants");
  await form.getByLabel("Fundamental rights at stake").fill("Non-discrimination\nAccess to services");
  await form.getByLabel(/^Likelihood/).selectOption("4");
  await form.getByLabel(/^Impact/).selectOption("5");
  await form.getByRole("button", { name: "Add risk" }).click();
  await expect(form.getByRole("status")).toHaveText("Added “Unfair refusals of thin-file applicants”.");
  await expect(cell(page, 1, "critical")).toBeVisible();
  await screenshot(page, "risk-register-added");

  // Mitigate: a residual rating of 2 × 3 moves the risk from critical to medium on the current map.
  await page.getByRole("link", { name: "Edit Unfair refusals of thin-file applicants" }).click();
  const edit = page.getByRole("form", { name: "Edit Unfair refusals of thin-file applicants" });
  await edit.getByLabel("Treatment").selectOption("MITIGATE");
  await edit.getByLabel("Mitigation").fill("Manual review of every thin-file refusal.");
  await edit.getByLabel("Residual likelihood").selectOption("2");
  await edit.getByLabel("Residual impact").selectOption("3");
  await expectAccessible(page);
  await screenshot(page, "risk-register-edit");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${system.path}/risks$`));
  await expect(cell(page, 1, "medium")).toBeVisible();
  await expect(cell(page, 1, "critical")).toHaveCount(0);

  // The inherent view still shows where it started; its cell lists exactly that risk.
  await page.getByRole("link", { name: "Inherent" }).click();
  await expect(cell(page, 1, "critical")).toBeVisible();
  await cell(page, 1, "critical").click();
  await expect(page.getByRole("heading", { name: "Risks at likelihood 4, impact 5" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Unfair refusals of thin-file applicants" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "risk-register-1280");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${system.path}/risks`);
  await expect(cell(page, 1, "medium")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "risk-register-390");
});
