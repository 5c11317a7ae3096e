import { expect, test, type Browser, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { startOidcProvider, type TestOidcProvider } from "../helpers/oidc-provider";
import { decodeQuotedPrintable, startSmtpServer } from "../helpers/smtp-server";
import { startDnsServer, type TestDnsServer } from "../integration/security/dns-server";
import { expectAccessible, PASSWORD, screenshot, uniqueEmail } from "./helpers";

// Single sign-on needs the app started with OIDC_* settings, so this file runs its own instance of the production
// build that Playwright's web server made (same NEXT_DIST_DIR), on its own port and its own database, beside a real
// OpenID Connect provider and a DNS server of its own, which the app asks to verify the company's domain.
const BASE_PORT = Number(process.env.E2E_PORT || 3100);
const APP = `http://localhost:${BASE_PORT + 50}`;
const IDP_PORT = BASE_PORT + 51;
const DOMAIN = `acme-${randomBytes(3).toString("hex")}.example`;

let app: ChildProcess | undefined;
let idp: TestOidcProvider | undefined;
let dns: TestDnsServer | undefined;
let pg: EmbeddedPostgresHandle | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
const dataDir = path.resolve(`.data/e2e-sso-${BASE_PORT}`);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  pg = await startEmbeddedPostgres({ dataDir, port: 0, database: "sso" });
  await applyMigrations(pg.url, { log: () => undefined });
  idp = await startOidcProvider({ port: IDP_PORT, redirectUri: `${APP}/api/auth/callback/oidc` });
  dns = await startDnsServer();
  smtp = await startSmtpServer();
  app = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(BASE_PORT + 50)],
    {
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: pg.url,
        NEXTAUTH_URL: APP,
        NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_NAME: "Acme SSO",
        JOBS_ENABLED: "false",
        DNS_SERVERS: dns.address,
        SMTP_URL: smtp.url,
      },
    },
  );
  await expect
    .poll(async () => (await fetch(`${APP}/login`).catch(() => null))?.status ?? 0, { timeout: 90_000 })
    .toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await idp?.stop();
  await dns?.stop();
  await pg?.stop();
  await smtp?.stop();
});

async function ssoSignIn(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${APP}/login`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign in with Acme SSO" }).click();
  await page.waitForURL(new RegExp(`^${idp!.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
  await page.waitForURL(new RegExp(`^${APP}/`));
  return page;
}

test("SSO: domain mapping, just-in-time membership at the default role, same user next time, clear refusal otherwise", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // An administrator creates the organisation with a password, then maps the company's domain.
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${APP}/signup`);
  await admin.getByLabel("Your name").fill("Alice Admin");
  const aliceEmail = uniqueEmail("alice");
  await admin.getByLabel("Work email").fill(aliceEmail);
  await admin.getByLabel("Password").fill(PASSWORD);
  await admin.getByLabel("Organisation name").fill("Acme Robotics");
  await admin.getByRole("button", { name: "Create organisation" }).click();
  await expect(admin.getByText("Check your e-mail to finish signing up")).toBeVisible();
  // The confirmation link arrives at this file's own SMTP server.
  await expect.poll(() => smtp!.messages.filter((m) => m.to.includes(aliceEmail)).length, { timeout: 15_000 }).toBe(1);
  const confirmPath = /\/verify-email\/[A-Za-z0-9_-]{43}/.exec(
    decodeQuotedPrintable(smtp!.messages.find((m) => m.to.includes(aliceEmail))!.raw),
  )![0];
  await admin.goto(`${APP}${confirmPath}`);
  await admin.getByRole("button", { name: "Confirm and create organisation" }).click();
  await admin.getByRole("link", { name: "Sign in" }).click();
  await admin.getByLabel("Email").fill(aliceEmail);
  await admin.getByLabel("Password").fill(PASSWORD);
  await admin.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(admin).toHaveURL(/\/systems$/);
  await admin.goto(`${APP}/settings/sso`);
  await expect(admin.getByRole("heading", { name: "Single sign-on", level: 1 })).toBeVisible();
  await admin.getByLabel("Email domain").fill("gmail.com");
  await admin.getByRole("button", { name: "Add domain" }).click();
  await expect(admin.getByText(/Public mail domains cannot be mapped/)).toBeVisible();
  await admin.getByLabel("Email domain").fill(DOMAIN);
  await admin.getByLabel("Role for new members").selectOption("LEGAL");
  await admin.getByRole("button", { name: "Add domain" }).click();
  const item = admin.getByRole("listitem", { name: `@${DOMAIN}` });
  await expect(item.getByRole("heading", { name: `@${DOMAIN}` })).toBeVisible();
  await expect(item.getByText("Not verified — sign-ins from this domain are not mapped yet.")).toBeVisible();
  await expect(item.getByText(`_actlas-challenge.${DOMAIN}`, { exact: true })).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, "security-sso-unverified");

  // Unverified: the company's people are not mapped yet, and Verify says what is missing.
  const early = await ssoSignIn(browser, `early@${DOMAIN}`);
  await expect(early).toHaveURL(/\/login\?error=SsoNoOrganisation/);
  await early.context().close();
  await item.getByRole("button", { name: `Verify now ${DOMAIN}` }).click();
  await expect(item.getByRole("status")).toContainText(`No TXT record found at _actlas-challenge.${DOMAIN}`);
  await expectAccessible(admin);
  await screenshot(admin, "security-sso-missing");

  // The administrator publishes the record the page shows, then verifies.
  const value = await item.getByText(/^actlas-domain-verification=[0-9a-f]+$/).textContent();
  dns!.publish(`_actlas-challenge.${DOMAIN}`, value ?? "");
  await item.getByRole("button", { name: `Verify now ${DOMAIN}` }).click();
  await expect(item.getByRole("status")).toContainText(`${DOMAIN} is verified`);
  await expect(item.getByText(/^Verified \d/)).toBeVisible();
  await expect(item.getByText("Not verified — sign-ins from this domain are not mapped yet.")).toHaveCount(0);
  await expect(item.getByRole("status").locator("p")).toBeFocused();
  await expectAccessible(admin);
  await screenshot(admin, "security-sso-settings");

  // First SSO sign-in: a new user, member of Acme Robotics as Legal.
  const ada = await ssoSignIn(browser, `ada@${DOMAIN}`);
  await expect(ada).toHaveURL(/\/systems$/);
  await ada.goto(`${APP}/settings`);
  await expect(ada.getByText(/Organisation\s+Acme Robotics; your role: Legal/)).toBeVisible();

  // Second sign-in reuses the same user: the member list still has one Ada.
  await ssoSignIn(browser, `ada@${DOMAIN}`);
  await admin.goto(`${APP}/settings`);
  await expect(admin.getByText(`ada@${DOMAIN}`)).toHaveCount(1);

  // A domain that no organisation mapped: back on the sign-in page with a message, no crash.
  const stranger = await ssoSignIn(browser, `bob@unmapped-${randomBytes(3).toString("hex")}.example`);
  await expect(stranger).toHaveURL(/\/login\?error=SsoNoOrganisation/);
  await expect(
    stranger.getByRole("alert").filter({ hasText: "your email domain is not linked to any organisation" }),
  ).toBeVisible();
  await expectAccessible(stranger);
  await screenshot(stranger, "security-sso-refused");
});
