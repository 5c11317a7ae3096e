import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createSystemThroughIntake, CV_SCREENING, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Business units are a managed pick-list: an officer adds one while creating a system, an administrator merges a
// duplicate into it, and the inventory's filter then offers one unit. Names carry a run suffix so that the shared
// demo organisation's own "Human Resources" stays as other specs expect it.
const suffix = randomBytes(3).toString("hex");
const HR = `HR ${suffix}`;
const HUMAN_RESOURCES = `Human Resources ${suffix}`;

async function shots(page: Page, name: string) {
  await screenshot(page, `business-units-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `business-units-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an officer adds a unit from the system form; an administrator merges a duplicate; the filter shows one unit", async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems/new");
  const unit = page.getByRole("combobox", { name: /^Business unit/ });
  await expect(unit.locator("option", { hasText: "Retail Banking" })).toHaveCount(1);
  const newUnit = page.getByLabel("Name of the new unit");
  // A choice made before the form has hydrated is not seen by React (a loaded machine serves the script late): choose
  // again until the field opens, as a person would.
  await expect(async () => {
    await unit.selectOption({ label: "Add new unit…" });
    await expect(newUnit).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(newUnit).toBeFocused();
  // Too long: the error is next to the field, and nothing is added.
  await newUnit.fill("x".repeat(121));
  await newUnit.press("Enter");
  await expect(page.getByText("Use at most 120 characters.")).toBeVisible();
  await expect(newUnit).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/systems\/new$/);
  await expectAccessible(page);
  await shots(page, "form-error");
  await newUnit.fill(HR);
  await page.getByRole("button", { name: "Add unit" }).click();
  await expect(unit).toHaveValue(HR);
  await expect(unit).toBeFocused();
  await shots(page, "form");

  const first = await createSystemThroughIntake(page, {
    ...CV_SCREENING,
    name: uniqueName("CV ranking"),
    businessUnit: HR,
  });
  const second = await createSystemThroughIntake(page, {
    ...CV_SCREENING,
    name: uniqueName("Interview notes"),
    businessUnit: HUMAN_RESOURCES,
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const admin = await context.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  await admin.goto("/settings/business-units");
  await expect(admin.getByRole("heading", { name: "Business units", level: 1 })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Merge… ${HUMAN_RESOURCES}` }).click();
  await admin.getByLabel(`Merge “${HUMAN_RESOURCES}” into`).selectOption({ label: `${HR} (1 system)` });
  await expect(admin.getByText(`1 system will move from “${HUMAN_RESOURCES}” to “${HR}”`)).toBeVisible();
  await expectAccessible(admin);
  await shots(admin, "settings-merge");
  await admin.getByRole("button", { name: `Move 1 system to “${HR}”` }).click();
  await expect(
    admin.getByText(`1 system moved from “${HUMAN_RESOURCES}” to “${HR}”; “${HUMAN_RESOURCES}” is deleted.`),
  ).toBeVisible();
  const list = admin.getByRole("list", { name: "Business units" });
  await expect(list.getByText(HUMAN_RESOURCES, { exact: true })).toHaveCount(0);
  await expect(list.getByRole("listitem").filter({ hasText: HR })).toContainText("2 systems");
  await expectAccessible(admin);

  await admin.goto("/systems");
  const filter = admin.getByRole("combobox", { name: "Business unit" });
  await expect(filter.locator("option", { hasText: HR })).toHaveCount(1);
  await expect(filter.locator("option", { hasText: "Human Resources" })).toHaveText(["Human Resources"]);
  await filter.selectOption(HR);
  await expect(admin).toHaveURL(/unit=HR\+/);
  await expect(admin.getByRole("link", { name: first.name })).toBeVisible();
  await expect(admin.getByRole("link", { name: second.name })).toBeVisible();
  await expectAccessible(admin);
  await context.close();
});
