import { expect, test } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, signIn } from "./helpers";

// A copy of the seeded mortgage affordability assistant, a bought credit tool (we are its deployer), that only this
// test changes. Changing the intake to "built in-house" makes us its provider too: the re-screen must pick that up
// from the intake and show it as a diff.
test("an intake change flags the classification stale and the re-screen shows what changed", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { path: systemPath } = await createSystemViaApi(browser, {
    copyOf: "Mortgage affordability assistant",
    name: uniqueName("Mortgage affordability"),
  });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(systemPath);
  await expect(page.getByText("The classification may be out of date")).toHaveCount(0);

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
