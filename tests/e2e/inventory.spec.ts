import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_COUNT_LINE, expectAccessible, signIn } from "./helpers";

// Only the demo organisation's seeded systems are read here, and the one write (a re-screen) goes to a system no
// other spec uses, so these tests hold whatever ran before them.
const nameLinks = (page: Page) => page.locator("tbody tr").getByRole("link");
const countLine = (page: Page) => page.getByRole("navigation", { name: "Pagination" }).locator("span").first();
const FRAUD = [
  "Branch CCTV face recognition (proposal)",
  "Card transaction fraud detection",
  "Insurance fraud network analysis",
];

async function search(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Search" }).fill(text);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${text}`));
}

test("the count matches the rows, and the pages list every system once", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await expect(countLine(page)).toHaveText(DEMO_COUNT_LINE);
  const total = Number((await countLine(page).textContent())!.match(/^(\d+) systems/)![1]);
  const pages = Math.ceil(total / 25);
  await expectAccessible(page);
  const first = await nameLinks(page).allTextContents();
  expect(first).toHaveLength(25);

  const seen = [...first];
  for (let n = 2; n <= pages; n++) {
    await page.getByRole("link", { name: "Next", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`page=${n}`));
    await expect(countLine(page)).toHaveText(`${total} systems · page ${n} of ${pages}`);
    const names = await nameLinks(page).allTextContents();
    expect(names).toHaveLength(n < pages ? 25 : total - 25 * (pages - 1));
    expect(names.filter((name) => seen.includes(name))).toEqual([]);
    seen.push(...names);
  }
  for (let n = pages; n > 1; n--) await page.goBack();
  await expect(nameLinks(page)).toHaveText(first);
});

test("search and filters narrow the list, and the name column sorts it both ways", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  // The search reads names and descriptions: the CCTV proposal is about "known fraudsters".
  await search(page, "fraud");
  await expect(countLine(page)).toHaveText("3 systems · page 1 of 1");
  await page.getByRole("link", { name: "Name", exact: true }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(nameLinks(page)).toHaveText([...FRAUD].reverse());
  // A second click goes back to A to Z, the default order, which the URL leaves out.
  await page.getByRole("link", { name: "Name", exact: true }).click();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(nameLinks(page)).toHaveText(FRAUD);
  await expectAccessible(page);

  // A filter keeps only matching rows, and the count says how many.
  await page.goto("/systems?tier=PROHIBITED&sort=name");
  const prohibited = await nameLinks(page).allTextContents();
  expect(prohibited).toEqual(
    expect.arrayContaining([
      "Call-centre emotion analytics",
      "Social scoring of customer trustworthiness (rejected idea)",
    ]),
  );
  await expect(countLine(page)).toHaveText(`${prohibited.length} systems · page 1 of 1`);
  for (const row of await page.locator("tbody tr").all()) await expect(row).toContainText("Prohibited");
  await expectAccessible(page);
});

test("a row's link opens that system's page with its intake", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await search(page, "fraud");
  const link = page.getByRole("link", { name: "Card transaction fraud detection", exact: true });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/systems\/[^/?]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Card transaction fraud detection" })).toBeVisible();
  await expect(
    page.getByText("Detect fraudulent card payments in real time and hold suspicious transactions."),
  ).toBeVisible();
  await expect(page.getByText("Risk & Compliance", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
});

test("selected systems are re-screened in bulk; never-classified ones are skipped with a reason", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?q=early-warning");
  await page.getByRole("checkbox", { name: "Select Corporate credit early-warning system" }).check();
  await page.getByRole("button", { name: "Re-screen" }).click();
  await expect(page.getByText(/^Re-screened 1 system; no tier changed\.$/)).toBeVisible();
  await page.goto("/systems?disposition=UNCLASSIFIED");
  const first = (await nameLinks(page).first().textContent())!;
  await page.getByRole("checkbox", { name: `Select ${first}` }).check();
  await page.getByRole("button", { name: "Re-screen" }).click();
  await expect(page.getByText(/Re-screened 0 systems; no tier changed\. 1 never classified was skipped/)).toBeVisible();
  await expectAccessible(page);
});
