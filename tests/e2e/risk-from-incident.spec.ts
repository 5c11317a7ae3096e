import { expect, test } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A serious incident shows a risk the register lacks: from the incident's page a compliance officer opens a linked
// risk (the form pre-filled with its title and source), rates it, and the register says where it came from; the
// incident page then offers to re-score it. Axe on every page; screenshots at 1280 and 390 px.
test("a compliance officer opens a linked risk from a serious incident, then re-scores it from the same page", async ({
  page,
  browser,
}) => {
  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Risk from incident"),
  });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(`/incidents/new?systemId=${system.id}`);
  const title = `Applicants over 60 refused in bulk ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Harm category (Art 3(49))").selectOption("FUNDAMENTAL_RIGHTS");
  await page.getByLabel("Became aware (UTC)").fill(new Date(Date.now() - 3_600_000).toISOString().slice(0, 16));
  await page.getByRole("button", { name: "Record incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^INC-\d{4}: / })).toBeVisible();
  const incidentUrl = page.url();
  const reference = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").split(":")[0];
  expect(reference).toMatch(/^INC-\d{4}$/);

  await expect(page.getByRole("heading", { name: "Risk register (Art 9)" })).toBeVisible();
  // No risk on the system yet: only opening one is offered.
  await expect(page.getByText("Re-score a risk")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "risk-from-incident-incident");

  await page.getByRole("link", { name: `Open a linked risk from ${reference}` }).click();
  await expect(page).toHaveURL(new RegExp(`${system.path}/risks\\?fromIncident=`));
  const form = page.getByRole("form", { name: "Add a risk" });
  await expect(page.getByRole("heading", { name: "Add a linked risk" })).toBeVisible();
  await expect(form.getByText(`Opened from incident ${reference}: ${title}.`)).toBeVisible();
  await expect(form.getByLabel(/^Risk/)).toHaveValue(title);
  await expect(form.getByLabel("Found through")).toHaveValue("INCIDENT");
  await expectAccessible(page);
  await screenshot(page, "risk-from-incident-form");

  await form.getByLabel(/^Risk/).fill("Age bias in automated refusals");
  await form.getByLabel(/^Likelihood/).selectOption("3");
  await form.getByLabel(/^Impact/).selectOption("5");
  await form.getByRole("button", { name: "Add risk" }).click();
  await expect(page).toHaveURL(new RegExp(`${system.path}/risks$`));
  const register = page.locator("#risk-register");
  await expect(register.getByRole("heading", { name: "Age bias in automated refusals" })).toBeVisible();
  await expect(register.getByRole("link", { name: `incident ${reference}: ${title}` })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "risk-from-incident-register");

  // Back on the incident, the system now has a risk: re-scoring lists it and opens its edit form.
  await page.goto(incidentUrl);
  await page.getByText(`Re-score a risk from ${reference}`).click();
  // The risk it opened is also listed below (as opened from it): the link to re-score is the one in the list offered.
  await page.locator("details").getByRole("link", { name: "Age bias in automated refusals" }).click();
  await expect(page.getByRole("form", { name: "Edit Age bias in automated refusals" })).toBeVisible();
  await expect(page.getByText(`Opened from incident ${reference}: ${title}.`, { exact: false })).toBeVisible();
  const edit = page.getByRole("form", { name: "Edit Age bias in automated refusals" });
  await expect(edit.getByText(`Re-scoring from incident ${reference}: ${title}.`, { exact: false })).toBeVisible();
  await expectAccessible(page);
  // Saved from the incident, the re-score is traced on both sides: the incident lists it.
  await edit.getByLabel(/^Likelihood/).selectOption("4");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${system.path}/risks$`));
  await page.goto(incidentUrl);
  const traced = page.getByRole("listitem").filter({ hasText: "Age bias in automated refusals" });
  await expect(traced.filter({ hasText: "re-scored" })).toBeVisible();
  await expect(traced.filter({ hasText: "opened" })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(incidentUrl);
  await expectAccessible(page);
  await screenshot(page, "risk-from-incident-incident-phone");
  await page.goto(`${system.path}/risks`);
  await screenshot(page, "risk-from-incident-register-phone");
});

test("a breach on the Monitoring tab opens a linked risk, and then offers to re-score it", async ({
  page,
  browser,
}) => {
  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Risk from breach"),
  });
  // A pipeline reports a drift beyond its threshold (a token as the fixture makes one, in a context of its own).
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  await admin.goto("/settings");
  await admin.getByLabel("Token name").fill(uniqueName("e2e breach"));
  await admin.getByRole("checkbox", { name: /^systems:write/ }).check();
  await admin.getByRole("button", { name: "Create token" }).click();
  const token = (await admin.getByTestId("api-token").textContent())?.trim();
  const posted = await context.request.post(`/api/v1/systems/${system.id}/monitoring-events`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { kind: "DRIFT", metric: "psi", value: 0.31, threshold: 0.2, direction: "max" },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  await context.close();

  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(`${system.path}/monitoring`);
  await expect(page.getByText("Re-score a risk")).toHaveCount(0);
  await page.getByRole("link", { name: /^Open a linked risk from the breach of/ }).click();
  const form = page.getByRole("form", { name: "Add a risk" });
  await expect(
    form.getByText(/^Opened from breach of Drift: psi = 0\.31, limit ≤ 0\.2 on \d{4}-\d{2}-\d{2}\.$/),
  ).toBeVisible();
  await expect(form.getByLabel("Found through")).toHaveValue("MONITORING");
  await form.getByLabel(/^Likelihood/).selectOption("3");
  await form.getByLabel(/^Impact/).selectOption("3");
  await form.getByRole("button", { name: "Add risk" }).click();
  await expect(page).toHaveURL(new RegExp(`${system.path}/risks$`));
  await expect(
    page.locator("#risk-register").getByRole("link", { name: /^breach of Drift: psi = 0\.31/ }),
  ).toBeVisible();

  await page.goto(`${system.path}/monitoring`);
  await expect(page.getByText("Re-score a risk after the latest breach")).toBeVisible();
  await expect(page.getByText("Risks opened or re-scored from a breach")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "risk-from-breach-monitoring");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectAccessible(page);
  await screenshot(page, "risk-from-breach-monitoring-phone");
});
