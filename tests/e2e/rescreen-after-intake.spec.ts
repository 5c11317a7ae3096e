import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

// The mortgage affordability assistant is seeded as a bought credit tool (we are its deployer), and no other spec
// touches it. Changing the intake to "built in-house"
// makes us its provider too: the re-screen must pick that up from the intake and show it as a diff.
test("an intake change flags the classification stale and the re-screen shows what changed", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?q=Mortgage");
  await page.getByRole("link", { name: "Mortgage affordability assistant" }).click();
  await expect(page).toHaveURL(/\/systems\/[^/?]+$/);
  const systemPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Sourcing").selectOption({ label: "Built in-house" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${systemPath}\\?saved=`));
  await expect(page.getByText("The classification may be out of date")).toBeVisible();

  await page.getByRole("link", { name: "Re-screen the system" }).click();
  await expect(page.getByText(/updated from the intake since \(marked\)/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Complete classification" }).click();
  await expect(page).toHaveURL(new RegExp(`${systemPath}/classification`));
  const diff = page.getByTestId("run-diff");
  await expect(diff).toContainText("Provider");
  await expect(diff).toContainText("(provider, Art 9)");
  await expect(page.getByText("The classification may be out of date")).toHaveCount(0);
  await expectAccessible(page);
});
