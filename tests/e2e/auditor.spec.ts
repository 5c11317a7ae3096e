import { expect, test } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A copy of a seeded high-risk system built in-house: the law asks for a FRIA and the Annex IV record.
const LIFE_PRICING = "Life insurance risk pricing";
const PROCESSES = "Risk assessment and pricing in relation to natural persons for life insurance.";

test("the auditor reads legal records as text, with nothing that looks editable", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const system = await createSystemViaApi(browser, { copyOf: LIFE_PRICING, name: uniqueName("Auditor view") });
  const fria = `${system.path}/documentation/fria`;
  // The page's own content: the sidebar's organisation switcher is not part of the record.
  const main = page.getByRole("main");

  await signIn(page, DEMO.auditor.email, DEMO.auditor.password);
  // Nothing saved yet: said plainly, without the intake's suggestions or a "choose Save" hint.
  await page.goto(fria);
  await expect(page.getByText("Not written yet")).toBeVisible();
  await expect(page.getByText(/nothing is saved until you choose Save/)).toHaveCount(0);
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(page);

  // Legal saves a draft (the pre-filled facts); the auditor then reads it as text.
  const legal = await browser.newPage();
  await signIn(legal, DEMO.legal.email, DEMO.legal.password);
  await legal.goto(fria);
  await legal.getByRole("button", { name: "Save", exact: true }).click();
  await expect(legal.getByText(/^Saved at/)).toBeVisible();
  await legal.close();

  await page.reload();
  await expect(page.getByText(PROCESSES)).toBeVisible();
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expect(main.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "auditor-fria");

  for (const section of [1, 4]) {
    await page.goto(`${system.path}/documentation/annex-iv/${section}`);
    await expect(page.getByText("Not written yet")).toBeVisible();
    await expect(main.getByRole("textbox")).toHaveCount(0);
  }
});
