import { expect, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { axeViolations } from "./axe";
import { linkPath, waitForMail } from "./mail";

export const DEMO = {
  compliance: { email: "compliance@demo-bank.example", password: "demo-compliance-2026" },
  admin: { email: "admin@demo-bank.example", password: "demo-admin-2026" },
  legal: { email: "legal@demo-bank.example", password: "demo-legal-2026" },
  manager: { email: "manager@demo-bank.example", password: "demo-manager-2026" },
  auditor: { email: "auditor@demo-bank.example", password: "demo-auditor-2026" },
};

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@e2e.example`;
}

// Every page a test visits is checked with axe-core; serious and critical WCAG violations fail the test.
export async function expectAccessible(page: Page) {
  // Colours must be judged as they settle, not 150 ms into a transition (a button just re-enabled after its action
  // is still fading from its disabled shade): end every transition at once before axe measures contrast.
  await page.addStyleTag({
    content: "*, *::before, *::after { transition: none !important; animation: none !important; }",
  });
  // After a server action re-renders the page, Next streams the metadata back in: the <title> can be missing for a
  // moment, even after it was there. A page is judged as it settles: a violation that is gone a moment later (seen:
  // document-title) is judged again; one that stays fails once the time is up.
  await expect(async () => {
    await expect(page).toHaveTitle(/\S/, { timeout: 1_000 });
    const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.targets.join(", ")})`)).toEqual([]);
  }).toPass({ timeout: 5_000 });
}

// Typing into a filled field while the page hydrates can land after the stored value instead of replacing it: type
// again until the field holds exactly the text, as a person would on seeing it.
export async function fillSteadily(field: Locator, value: string) {
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 1_000 });
  }).toPass();
}

// Screenshots are for a person reviewing the UI, never part of a test's verdict: written only when E2E_SCREENSHOTS
// names a folder, so a normal run leaves nothing behind.
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage });
}

// Signs in through next-auth's credentials endpoint, the one the sign-in form posts to, then opens the inventory. The
// form itself is used by auth.spec.ts (signInWithForm below) and visited by every page walk; for the hundred other
// sign-ins of a run it only rendered /login, then /systems twice (the form's replace and refresh): a second each.
export async function signIn(page: Page, email: string, password: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
  });
  const { url } = (await response.json()) as { url: string };
  // next-auth answers wrong credentials and a throttled sign-in with a URL that names the error.
  expect(new URL(url).searchParams.get("error"), `signing in as ${email}`).toBeNull();
  await page.goto("/systems");
  await expect(page).toHaveURL(/\/systems$/);
}

// The sign-in form, as a person uses it, in whichever language the browser asks for (issue #22).
export async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel(/^(Email|E-Mail|E-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Passwort|Mot de passe)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Anmelden|Se connecter)$/ }).click();
  await expect(page).toHaveURL(/\/systems$/);
}

// Signs up a new organisation the way a person does: the form, the confirmation e-mail (from the e2e server's own
// SMTP server), the link, then sign-in. Ends on the inventory, signed in.
export async function signUp(
  page: Page,
  { name, email, organizationName }: { name: string; email: string; organizationName: string },
) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill(organizationName);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Check your e-mail to finish signing up")).toBeVisible();
  await confirmSignUpFromMail(page, email);
  await signIn(page, email, PASSWORD);
}

export async function confirmSignUpFromMail(page: Page, email: string) {
  const mail = await waitForMail(email, /Confirm your e-mail address/);
  await page.goto(linkPath(mail, "/verify-email/"));
  await page.getByRole("button", { name: "Confirm and create organisation" }).click();
  await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
}

export const PASSWORD = "a long enough passphrase";

// The demo organisation is seeded with 33 systems; other end-to-end tests add systems to it as they run, so a
// test of the whole inventory can rely on "at least 33, on two pages or more", not on an exact count.
export const DEMO_COUNT_LINE = /^(3[3-9]|[4-9]\d) systems · page 1 of [2-4]$/;

/** The path segment at `index` ("/systems/<id>" → 2; -1 for the last), failing with what was expected if absent. */
export function pathSegment(path: string | null, index: number, what: string): string {
  const segment = path?.split("/").at(index);
  if (!segment) throw new Error(`Expected ${what} at path segment ${index} of "${path}"`);
  return segment;
}
