import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The demo seed leaves at least one system with a deciding question answered "not sure" (e.g. the claims triage
// whose Annex III use is unsure): outside the classification pages it reads "Not determined yet" with the tier it
// could still be, never its floor tier alone.
test("the dashboard and the inventory show 'Not determined yet' with the possible tier", async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/dashboard");
  const item = page.locator('[data-attention="undetermined"]');
  await expect(item).toContainText("Not determined yet");
  await screenshot(page, "h-ui2-dashboard");
  await expectAccessible(page);
  await item.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/systems\?disposition=UNDETERMINED$/);
  await expect(page.getByText("Disposition: Not determined yet")).toBeVisible();
  // The inventory renders a table and, for phones, cards; only one of them shows at a time.
  const first = page.locator('[data-disposition="undetermined"]').filter({ visible: true }).first();
  await expect(first).toContainText(/Not determined yet\s*could be /);
  await expectAccessible(page);
  await screenshot(page, "h-ui2-inventory");

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(first).toBeVisible();
  await screenshot(page, "h-ui2-inventory-390");
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 8)
      .map((e) => `${e.tagName}.${e.className}`.slice(0, 120)),
  );
  // Nothing of the page's content reaches past the screen edge.
  expect(wide.filter((w) => !/^(LI|A|svg|path)\./.test(w))).toEqual([]);
  // The badge itself wraps inside its cell; the table scrolls inside its own box.
  const box = await first.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);

  // The system's own header says the same.
  await page.setViewportSize({ width: 1280, height: 900 });
  const name = (await page.locator("tbody a").first().textContent())!.trim();
  await page.locator("tbody a").first().click();
  await expect(page).toHaveURL(/\/systems\/[^/?]+$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.locator('[data-disposition="undetermined"]').first()).toContainText(
    /Not determined yet\s*could be /,
  );
  await screenshot(page, "h-ui2-system-header", { fullPage: false });
});
