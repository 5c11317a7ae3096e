import { expect, test } from "@playwright/test";
import { expectAccessible, PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

test("sign up creates an organisation, then sign out and sign in again", async ({ page }) => {
  await page.goto("/signup");
  await expectAccessible(page);
  const email = uniqueEmail("founder");
  await signUp(page, { name: "Flora Founder", email, organizationName: "Nordlicht Versicherung" });
  await expect(page.getByRole("combobox", { name: "Organisation" }).locator("option:checked")).toHaveText("Nordlicht Versicherung");
  await expect(page.getByText("No AI systems yet")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login\?reason=signedout/);
  await expect(page.getByText("You have been signed out.")).toBeVisible();
  await page.goto("/systems");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { name: "AI systems", exact: true })).toBeVisible();
});

test("bad input on sign-up and sign-in is explained in place and nothing typed is lost", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Weak Walter");
  await page.getByLabel("Work email").fill("admin@demo-bank.example");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organisation name").fill("Walter GmbH");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page.getByLabel("Organisation name")).toHaveValue("Walter GmbH");
  await expect(page.getByLabel("Your name")).toHaveValue("Weak Walter");
  await expectAccessible(page);

  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@demo-bank.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("admin@demo-bank.example");
  await expectAccessible(page);
});

test("an ended session sends the user to sign in with an explanation", async ({ page, context }) => {
  await signUp(page, { name: "Sam Session", email: uniqueEmail("session"), organizationName: "Session Org" });
  await context.clearCookies();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
});
