import { expect, test, type Page } from "@playwright/test";
import {
  confirmSignUpFromMail,
  DEMO,
  expectAccessible,
  PASSWORD,
  signInWithForm,
  signUp,
  uniqueEmail,
} from "./helpers";
import { countMails, linkPath, waitForMail } from "./mail";

// The auth pages are used on phones too: nothing may need sideways scrolling at 390 px.
async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("sign up, confirm the e-mail address from the mail, then sign in; sign out and in again", async ({ page }) => {
  await page.goto("/signup");
  await expectAccessible(page);
  await expectFitsPhone(page);
  const email = uniqueEmail("founder");
  await page.getByLabel("Your name").fill("Flora Founder");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill("Nordlicht Versicherung");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Check your e-mail to finish signing up")).toBeVisible();
  await expectAccessible(page);

  // Not confirmed yet: there is no account to sign in to.
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Confirm your e-mail address first/)).toBeVisible();

  const mail = await waitForMail(email, /Confirm your e-mail address/);
  await page.goto(linkPath(mail, "/verify-email/"));
  await expect(page.getByText("Nordlicht Versicherung")).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await page.getByRole("button", { name: "Confirm and create organisation" }).click();
  await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/systems$/);
  await expect(page.getByRole("combobox", { name: "Organisation" }).locator("option:checked")).toHaveText(
    "Nordlicht Versicherung",
  );
  await expect(page.getByText("No AI systems yet")).toBeVisible();

  // The link worked once.
  await page.goto(linkPath(mail, "/verify-email/"));
  await expect(page.getByText(/not valid any more/)).toBeVisible();
  await expectAccessible(page);

  await page.goto("/systems");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login\?reason=signedout/);
  await signInWithForm(page, email, PASSWORD);
});

test("sign-up answers the same for an address that has an account; the owner is told by e-mail", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Weak Walter");
  await page.getByLabel("Work email").fill(DEMO.auditor.email);
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organisation name").fill("Walter GmbH");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Organisation name")).toHaveValue("Walter GmbH");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Check your e-mail to finish signing up")).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  const warning = await waitForMail(DEMO.auditor.email, /Someone tried to sign up with your address/);
  expect(warning).not.toContain("/verify-email/");

  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@demo-bank.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("admin@demo-bank.example");
  await expectAccessible(page);
});

test("forgot password: mail, new password, old sessions end, sign in with the new one", async ({ page, browser }) => {
  const email = uniqueEmail("forgetful");
  const other = await (await browser.newContext()).newPage();
  await signUp(other, { name: "Fred Forgetful", email, organizationName: "Forgetful Oy" });

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page);
  await expectFitsPhone(page);
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/we sent it a link to choose a new one/)).toBeVisible();
  await expectAccessible(page);

  const link = linkPath(await waitForMail(email, /Reset your password/), "/reset-password/");
  await page.goto(link);
  await expectAccessible(page);
  await expectFitsPhone(page);
  const newPassword = "a completely new passphrase";
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password again").fill("short");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await expectAccessible(page);

  // The session signed in before the reset has ended.
  await other.goto("/settings");
  await expect(other).toHaveURL(/\/login/);

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await signInWithForm(page, email, newPassword);

  // The link is spent; an unknown link is explained the same way, with a way to ask for a new one.
  await page.goto(link);
  await expect(page.getByText(/used already/)).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/reset-password/${"x".repeat(43)}`);
  await expect(page.getByText("This password reset link is not valid. Ask for a new one.")).toBeVisible();
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test("an ended session sends the user to sign in with an explanation", async ({ page, context }) => {
  await signUp(page, { name: "Sam Session", email: uniqueEmail("session"), organizationName: "Session Org" });
  await context.clearCookies();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
});

test("a lost confirmation e-mail can be sent again", async ({ page }) => {
  const email = uniqueEmail("resend");
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Rita Resend");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill("Resend AB");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await page.getByRole("link", { name: "ask for a new link" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByText(/we sent it a new link/)).toBeVisible();
  await expect.poll(() => countMails(email, /Confirm your e-mail address/), { timeout: 15_000 }).toBe(2);
  await confirmSignUpFromMail(page, email);
  await signInWithForm(page, email, PASSWORD);
});
