import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { defined } from "../helpers/expect-defined";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

test("pages carry a nonce-based CSP and the hardening headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  const csp = defined(headers["content-security-policy"], "a Content-Security-Policy header");
  const scriptSrc = defined(
    csp.split(";").find((d) => d.trim().startsWith("script-src")),
    "a script-src directive in the CSP",
  );
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const second = (await request.get("/login")).headers()["content-security-policy"];
  expect(second).not.toBe(csp);
});

test("repeated wrong passwords lock the account with a clear message", async ({ page, browser }) => {
  const owner = await (await browser.newContext()).newPage();
  const email = uniqueEmail("locked");
  await signUp(owner, { name: "Lou Locked", email, organizationName: "Lockout Ltd" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  }
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many failed sign-in attempts\. Try again in \d+ minutes\./)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
});

test("server actions refuse a replay from a foreign origin", async ({ page }) => {
  await signUp(page, { name: "Olga Origin", email: uniqueEmail("origin"), organizationName: "Origin GmbH" });
  await page.goto("/settings");
  const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("New organisation name").fill("Legit Subsidiary");
  await page.getByRole("button", { name: "Create organisation" }).click();
  const captured = await actionRequest;
  await expect(page.getByRole("combobox", { name: "Organisation" }).locator("option:checked")).toHaveText(
    "Legit Subsidiary",
  );

  const headers = { ...(await captured.allHeaders()), origin: "https://evil.example" };
  const replay = await page.request.post(captured.url(), {
    headers,
    data: captured.postData()!.replace("Legit Subsidiary", "Evil Twin"),
  });
  expect(replay.status()).toBeGreaterThanOrEqual(400);
  expect(await replay.text()).not.toMatch(/at .*\.(js|ts):\d+/);
  // Control: the same replay from the app's own origin goes through, so the origin is what made the difference.
  const control = await page.request.post(captured.url(), {
    headers: await captured.allHeaders(),
    data: captured.postData()!.replace("Legit Subsidiary", "Control Twin"),
  });
  expect(control.status()).toBe(200);
  await page.reload();
  const switcher = page.getByRole("combobox", { name: "Organisation" });
  await expect(switcher.locator("option", { hasText: "Control Twin" })).toHaveCount(1);
  await expect(switcher.locator("option", { hasText: "Evil Twin" })).toHaveCount(0);
});

test("an administrator verifies the audit trail", async ({ page }) => {
  await signUp(page, { name: "Vera Verify", email: uniqueEmail("verify"), organizationName: "Verify AG" });
  await page.goto("/settings");
  await page.getByRole("link", { name: "Verify audit trail" }).click();
  await expect(page.getByText("The audit trail is intact")).toBeVisible();
  await expect(page.getByText(/^2 events verified/)).toBeVisible();
  await expectAccessible(page);
});

test("no secret or server-only name reaches the browser bundle", async () => {
  const port = process.env.E2E_PORT || "3100";
  const secret = fs.readFileSync(path.join(".data", `e2e-${port}`, "nextauth-secret"), "utf8").trim();
  const staticDir = path.join(process.env.NEXT_DIST_DIR || ".next", "static");
  const files = (fs.readdirSync(staticDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(10);
  const forbidden = [secret, "NEXTAUTH_SECRET", "DATABASE_URL", "passwordHash", "postgresql://", "argon2"];
  for (const file of files) {
    const content = fs.readFileSync(path.join(staticDir, file), "utf8");
    for (const needle of forbidden) expect(content.includes(needle), `${needle} in ${file}`).toBe(false);
  }
});

test("an administrator creates an API token, sees it once, and revokes it", async ({ page }) => {
  await signUp(page, { name: "Tia Token", email: uniqueEmail("token"), organizationName: "Token Labs" });
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("MLflow sync");
  await page.getByLabel(/evidence:write/).check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("api-token")).toHaveText(/^actlas_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("read, evidence:write")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Revoke token MLflow sync" }).click();
  await expect(page.getByText("Revoked", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("api-token")).toHaveCount(0);
});
