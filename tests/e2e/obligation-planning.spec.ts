import { expect, test } from "@playwright/test";
import { expectAccessible, screenshot, signUp, uniqueEmail } from "./helpers";

// An organisation of its own: the demo organisation's planning is what the other specs rely on.
test("an administrator sets how duties are planned and what Done needs; bad input is refused next to the field", async ({
  page,
}) => {
  await signUp(page, {
    name: "Planner",
    email: uniqueEmail("planner"),
    organizationName: `Planning ${Date.now()}`,
  });
  await page.goto("/settings");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Obligation planning" }) });
  const days = card.getByLabel("Days to plan for a duty that already applies");
  await expect(days).toHaveValue("30");
  await expect(card.getByLabel(/^Evidence or a written note/)).toBeChecked();
  await expectAccessible(page);

  await days.fill("0");
  await card.getByRole("button", { name: "Save planning" }).click();
  await expect(card.getByText("Plan at least 1 day ahead.")).toBeVisible();
  await expect(days).toHaveAttribute("aria-invalid", "true");

  await days.fill("14");
  await card.getByLabel(/^Evidence required/).check();
  await card.getByRole("button", { name: "Save planning" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await screenshot(page, "settings-obligation-planning");

  await page.reload();
  await expect(days).toHaveValue("14");
  await expect(card.getByLabel(/^Evidence required/)).toBeChecked();
});
