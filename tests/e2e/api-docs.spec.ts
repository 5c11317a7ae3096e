import { expect, test, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

const shot = (page: Page, name: string) => screenshot(page, `api-${name}`);

test("an admin creates a token, a pipeline asks the gate through the API, and both the docs and the system page show it", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(180_000);
  // The gate's answer is recorded on the system: asked about a copy of ScoreOne that only this test uses.
  const own = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Credit scoring gate"),
  });
  // Without a token the API answers problem+json, never the sign-in page; only the OpenAPI document is public.
  const anonymous = await request.get("/api/v1/systems", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toBe("application/problem+json");
  const spec = await request.get("/api/v1/openapi.json");
  expect((await spec.json()).openapi).toBe("3.1.0");

  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("CI gate (e2e)");
  await page.getByRole("checkbox", { name: /^gate/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("api-token").textContent())!.trim();
  const auth = { Authorization: `Bearer ${token}` };

  const found = await request.get(`/api/v1/systems?q=${encodeURIComponent(own.name)}`, { headers: auth });
  expect(found.status()).toBe(200);
  const listed = (await found.json()).data as { id: string; name: string }[];
  expect(listed.map((s) => s.id)).toEqual([own.id]);
  const gate = await request.get(`/api/v1/systems/${own.id}/gate`, { headers: auth });
  const answer = (await gate.json()) as { status: string; reasons: { message: string }[] };
  expect(["pass", "fail"]).toContain(answer.status);
  const refused = await request.post("/api/v1/systems", { headers: auth, data: { name: "Not allowed" } });
  expect(refused.status()).toBe(403);

  await page.goto(`/systems/${own.id}`);
  const card = page
    .getByRole("region", { name: "CI gate" })
    .or(page.locator("section").filter({ has: page.getByRole("heading", { name: "CI gate" }) }));
  await expect(card.getByText(`Last answer given to a pipeline: ${answer.status}.`)).toBeVisible();
  if (answer.reasons[0]) await expect(card.getByText(answer.reasons[0].message)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "system-gate");

  await card.getByRole("link", { name: "How to use the gate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "REST API" })).toBeVisible();
  const op = page.locator("#op-checkGate");
  await expect(op.getByRole("heading", { name: "May this AI system ship? pass or fail, with reasons" })).toBeVisible();
  await expect(op.getByText("scope: gate")).toBeVisible();
  await op.getByText("Response 200 (application/json)").click();
  await expect(op.getByLabel("Response 200 (application/json)")).toContainText('"monitoring_breach_open"');
  await expectAccessible(page);
  await shot(page, "docs");

  await page.goto("/developers/api#problem-validation");
  await expect(page.locator("#problem-validation")).toContainText("Validation failed");
});
