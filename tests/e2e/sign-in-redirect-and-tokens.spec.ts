import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, PASSWORD, signUp, uniqueEmail } from "./helpers";

// Issue #14: after sign-in the app follows callbackUrl. Browsers drop tabs and newlines from a URL and read "\" as
// "/", so "/\t/evil.example/phish" used to become "//evil.example/phish": another host, with the user's trust.
test("sign-in never follows a callbackUrl to another host, and still follows the app's own paths", async ({
  page,
  baseURL,
}) => {
  const escaped: string[] = [];
  // Any request to the attacker's host is recorded and stopped (the login URL itself names it only in its query).
  await page.route(
    (url) => url.hostname.endsWith("evil.example"),
    (route) => {
      escaped.push(route.request().url());
      return route.abort();
    },
  );
  for (const callbackUrl of [
    "/\t/evil.example/phish",
    "/\\evil.example",
    "/%2F/evil.example",
    "https://evil.example/",
  ]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(DEMO.auditor.email);
    await page.getByLabel("Password").fill(DEMO.auditor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page, callbackUrl).toHaveURL(`${baseURL}/systems`);
  }
  expect(escaped).toEqual([]);

  await page.context().clearCookies();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/settings?tab=1#api-tokens")}`);
  await page.getByLabel("Email").fill(DEMO.auditor.email);
  await page.getByLabel("Password").fill(DEMO.auditor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/settings?tab=1#api-tokens`);
});

// A token acts for its creator: once their role can no longer grant its scopes the API refuses it, and the token
// list tells the remaining administrators so they can replace it.
test("a token whose creator was demoted is refused by the API and flagged in the token list", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Ada Admin", email: uniqueEmail("admin"), organizationName: "Token Owner AG" });
  await page.goto("/settings");
  await page.getByLabel("Email of the person to invite").fill(uniqueEmail("second"));
  await page.getByLabel("Role", { exact: true }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!;

  const second = await (await browser.newContext()).newPage();
  await second.goto(link);
  await second.getByLabel("Your name").fill("Sid Second");
  await second.getByLabel("Password").fill(PASSWORD);
  await second.getByRole("button", { name: "Create account and join" }).click();
  await expect(second).toHaveURL(/\/systems$/);
  await second.goto("/settings");
  await second.getByLabel("Token name").fill("Pipeline of Sid");
  await second.getByRole("checkbox", { name: /^systems:write/ }).check();
  await second.getByRole("button", { name: "Create token" }).click();
  const auth = { Authorization: `Bearer ${(await second.getByTestId("api-token").textContent())!.trim()}` };
  expect((await request.get("/api/v1/systems", { headers: auth })).status()).toBe(200);

  await page.reload();
  await page.getByLabel("Role of Sid Second").selectOption("LEGAL");
  await expect(page.getByText("Sid Second is now Legal.")).toBeVisible();
  const refused = await request.get("/api/v1/systems", { headers: auth });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");

  await page.reload();
  const row = page.getByRole("listitem").filter({ hasText: "Pipeline of Sid" });
  await expect(row.getByText("Not working")).toBeVisible();
  await expect(row.getByText("Creator's role (Legal) can no longer grant scope systems:write")).toBeVisible();
  await expectAccessible(page);
});
