import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

test("invite by link, accept as a new user, switch organisation", async ({ page, browser }) => {
  await signUp(page, { name: "Ines Inviter", email: uniqueEmail("inviter"), organizationName: "Łódź Analytics" });
  await page.getByRole("link", { name: "Settings" }).click();
  await expectAccessible(page);
  const inviteeEmail = uniqueEmail("invitee");
  await page.getByLabel("Email of the person to invite").fill(inviteeEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("LEGAL");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!;
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(inviteeEmail, { exact: true })).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Join Łódź Analytics" })).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByLabel("Your name").fill("Lea Legal");
  await invitee.getByLabel("Password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee).toHaveURL(/\/systems$/);
  await invitee.getByRole("link", { name: "Settings" }).click();
  await expect(invitee.getByText("your role: Legal")).toBeVisible();

  // The invitee creates a second organisation, then switches back to the first.
  await invitee.getByLabel("New organisation name").fill("Lea's Consultancy");
  await invitee.getByRole("button", { name: "Create organisation" }).click();
  const switcher = invitee.getByRole("combobox", { name: "Organisation" });
  await expect(switcher.locator("option:checked")).toHaveText("Lea's Consultancy");
  await switcher.selectOption({ label: "Łódź Analytics" });
  await expect(switcher.locator("option:checked")).toHaveText("Łódź Analytics");
  await invitee.getByRole("link", { name: "Settings" }).click();
  await expect(invitee.getByText("your role: Legal")).toBeVisible();

  // The link works once.
  await invitee.goto(link);
  await expect(invitee.getByText("This invitation has already been accepted.")).toBeVisible();
});

test("a malformed invitation link gets a clear message", async ({ page }) => {
  await page.goto("/invite/abc");
  await expect(page.getByText("This invitation link is incomplete or malformed.")).toBeVisible();
  await expectAccessible(page);
});

test("a user of one organisation gets a 404 for another organisation's system", async ({ page, browser }) => {
  const demo = await (await browser.newContext()).newPage();
  await signIn(demo, DEMO.compliance.email, DEMO.compliance.password);
  await demo.getByRole("searchbox", { name: "Search" }).fill("ScoreOne");
  await demo.getByRole("button", { name: "Search" }).click();
  await demo.getByRole("link", { name: "Retail credit scoring (ScoreOne)" }).click();
  await expect(demo.getByRole("heading", { name: "Retail credit scoring (ScoreOne)" })).toBeVisible();
  await expectAccessible(demo);
  const foreignUrl = new URL(demo.url()).pathname;

  await signUp(page, { name: "Otto Outsider", email: uniqueEmail("outsider"), organizationName: "Outsider Ltd" });
  const response = await page.goto(foreignUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("Retail credit scoring")).toHaveCount(0);
});

test("a role change rotates the member's session: still signed in with the new role, and the old cookie is dead", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Ada Admin", email: uniqueEmail("admin"), organizationName: "Role Change AG" });
  await page.goto("/settings");
  const email = uniqueEmail("member");
  await page.getByLabel("Email of the person to invite").fill(email);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!;
  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await member.getByLabel("Your name").fill("Mo Member");
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Create account and join" }).click();
  await expect(member).toHaveURL(/\/systems$/);
  const before = await member.context().cookies();

  await page.reload();
  await page.getByLabel("Role of Mo Member").selectOption("AUDITOR");
  await expect(page.getByText("Mo Member is now Auditor (read-only).")).toBeVisible();
  await member.goto("/settings");
  await expect(member).toHaveURL(/\/settings$/);
  await expect(member.getByText("your role: Auditor (read-only)")).toBeVisible();

  // A copy of the session cookie taken before the change (e.g. stolen) no longer gets in.
  const copy = await (await browser.newContext()).newPage();
  await copy.context().addCookies(before);
  await copy.goto("/settings");
  await expect(copy).toHaveURL(/\/login/);
});
