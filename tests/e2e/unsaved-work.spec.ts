import { expect, test, type Dialog, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, fillSteadily, screenshot, signIn } from "./helpers";

// Nothing typed is lost: leaving a long form with unsaved changes asks first, and what was typed comes back as a
// local draft until it is saved or discarded.
const LEAVE = "You have unsaved changes. Leave this page and lose them?";
const RESTORED = /^Restored your unsaved draft from /;

// Answers the next confirm() as told and records what it said; a reload's beforeunload prompt is always accepted.
function dialogs(page: Page) {
  const seen: string[] = [];
  let answer: "accept" | "dismiss" = "dismiss";
  page.on("dialog", (dialog: Dialog) => {
    if (dialog.type() === "beforeunload") return void dialog.accept();
    seen.push(dialog.message());
    void (answer === "accept" ? dialog.accept() : dialog.dismiss());
  });
  return {
    seen,
    answer: (next: "accept" | "dismiss") => (answer = next),
  };
}

test("the new-system form asks before leaving, keeps a draft that comes back, and forgets it once saved", async ({
  page,
}) => {
  const name = uniqueName("Draft chatbot");
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const prompt = dialogs(page);
  await page.goto("/systems/new");
  await page.getByLabel("Name (required)", { exact: true }).fill(name);
  await page.getByLabel("Intended purpose").fill("Answers customers' questions about their policies.");

  const sidebar = page.getByRole("navigation", { name: "Main" });
  prompt.answer("dismiss");
  await sidebar.getByRole("link", { name: "Dashboard" }).click();
  await expect.poll(() => prompt.seen).toEqual([LEAVE]);
  await expect(page).toHaveURL(/\/systems\/new$/);
  await expect(page.getByLabel("Name (required)", { exact: true })).toHaveValue(name);

  // Back is caught too: staying keeps everything where it was.
  await page.goBack();
  await expect.poll(() => prompt.seen.length).toBe(2);
  await expect(page).toHaveURL(/\/systems\/new$/);
  await expect(page.getByLabel("Intended purpose")).toHaveValue("Answers customers' questions about their policies.");

  prompt.answer("accept");
  await sidebar.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/systems/new");
  await expect(page.getByRole("status").filter({ hasText: RESTORED })).toBeVisible();
  await expect(page.getByLabel("Name (required)", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Intended purpose")).toHaveValue("Answers customers' questions about their policies.");
  await expectAccessible(page);
  await screenshot(page, "unsaved-new-system-restored");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "unsaved-new-system-restored-390", { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 720 });

  // A reload keeps the draft as well; "Discard draft" empties the form and the warning goes with it.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: RESTORED })).toBeVisible();
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByLabel("Name (required)", { exact: true })).toHaveValue("");
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  const asked = prompt.seen.length;
  await sidebar.getByRole("link", { name: "AI systems" }).click();
  await expect(page).toHaveURL(/\/systems$/);
  expect(prompt.seen.length).toBe(asked);

  // Typed again and saved: no question on the way out, and no draft the next time.
  await page.goto("/systems/new");
  await page.getByLabel("Name (required)", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page).toHaveURL(/\/systems\/[^/?]+\?saved=created$/);
  await page.goto("/systems/new");
  await expect(page.getByLabel("Name (required)", { exact: true })).toHaveValue("");
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  expect(prompt.seen.length).toBe(asked);
});

test("the FRIA editor asks before leaving and restores the draft until it is saved", async ({ page, browser }) => {
  const system = await createSystemViaApi(browser, {
    copyOf: "Life insurance risk pricing",
    name: uniqueName("Unsaved FRIA"),
  });
  await signIn(page, DEMO.legal.email, DEMO.legal.password);
  const prompt = dialogs(page);
  const fria = `${system.path}/documentation/fria`;
  const frequency = () => page.getByLabel("(b) Frequency of use");
  await page.goto(fria);
  await frequency().fill("About 250 applications a day");

  const tabs = page.getByRole("navigation", { name: "System sections" });
  prompt.answer("dismiss");
  await tabs.getByRole("link", { name: "Overview" }).click();
  await expect.poll(() => prompt.seen).toEqual([LEAVE]);
  await expect(frequency()).toHaveValue("About 250 applications a day");

  prompt.answer("accept");
  await tabs.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: system.name })).toBeVisible();

  await page.goto(fria);
  await expect(page.getByRole("status").filter({ hasText: RESTORED })).toBeVisible();
  await expect(frequency()).toHaveValue("About 250 applications a day");
  await expectAccessible(page);
  await screenshot(page, "unsaved-fria-restored");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/^Saved at \d\d:\d\d\.$/)).toBeVisible();
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  await tabs.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: system.name })).toBeVisible();
  expect(prompt.seen).toEqual([LEAVE, LEAVE]);

  await page.goto(fria);
  await expect(frequency()).toHaveValue("About 250 applications a day");
  await expect(page.getByText(RESTORED)).toHaveCount(0);
});

test("an intake draft older than the record is refused with the usual conflict, and Cancel drops the draft", async ({
  page,
  browser,
}) => {
  const system = await createSystemViaApi(browser, {
    copyOf: "Life insurance risk pricing",
    name: uniqueName("Stale"),
  });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const prompt = dialogs(page);
  const vendor = () => page.getByLabel("Vendor / provider");
  await page.goto(`${system.path}/edit`);
  await fillSteadily(vendor(), "Vendor typed before a colleague saved");
  prompt.answer("accept");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A colleague saves the intake in the meantime.
  const other = await browser.newContext();
  const admin = await other.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  await admin.goto(`${system.path}/edit`);
  await fillSteadily(admin.getByLabel("Vendor / provider"), "Colleague's vendor");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin).toHaveURL(/\?saved=updated$/);
  await other.close();

  await page.goto(`${system.path}/edit`);
  await expect(page.getByRole("status").filter({ hasText: "Someone has saved this record since" })).toBeVisible();
  await expect(vendor()).toHaveValue("Vendor typed before a colleague saved");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toContainText(/Changed by .+/);
  await expect(vendor()).toHaveValue("Vendor typed before a colleague saved");
  await expectAccessible(page);

  // Cancel, confirmed, means the typing is let go: the form opens with the colleague's values and no draft.
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: system.name })).toBeVisible();
  await page.goto(`${system.path}/edit`);
  await expect(vendor()).toHaveValue("Colleague's vendor");
  await expect(page.getByText(RESTORED)).toHaveCount(0);
});

test("the classification questionnaire asks before leaving unsaved answers, and not once they are saved", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const system = await createSystemViaApi(browser, {
    copyOf: "CV screening and ranking (TalentRank)",
    name: uniqueName("Questionnaire leave"),
  });
  const prompt = dialogs(page);
  await page.goto(`${system.path}/classify`);
  await expect(page.getByRole("heading", { name: "Classification questionnaire" })).toBeVisible();
  const sidebar = page.getByRole("navigation", { name: "Main" });

  // Unchanged answers: leaving asks nothing.
  await sidebar.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(prompt.seen).toEqual([]);

  await page.goto(`${system.path}/classify`);
  await page
    .getByRole("navigation", { name: "Questionnaire steps" })
    .getByRole("button", { name: /High-risk uses \(Annex III\)/ })
    .click();
  const area = page.getByRole("group", { name: "Is the system used in any of these areas?" });
  await area.getByRole("checkbox", { name: "Not sure" }).check();
  prompt.answer("dismiss");
  await sidebar.getByRole("link", { name: "Dashboard" }).click();
  await expect.poll(() => prompt.seen).toEqual([LEAVE]);
  await expect(area.getByRole("checkbox", { name: "Not sure" })).toBeChecked();

  await page.getByRole("button", { name: "Save and continue later" }).click();
  await expect(page.getByText(/^Answers saved /)).toBeVisible();
  await sidebar.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(prompt.seen).toEqual([LEAVE]);
});

test.describe("in German", () => {
  test.use({ locale: "de-DE" });

  test("the question before leaving unsaved work is asked in the reader's language", async ({ page }) => {
    await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
    const prompt = dialogs(page);
    await page.goto("/systems/new");
    await page.getByLabel("Name (Pflichtfeld)", { exact: true }).fill(uniqueName("Entwurf"));
    prompt.answer("dismiss");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Übersicht" }).click();
    await expect
      .poll(() => prompt.seen)
      .toEqual(["Sie haben ungespeicherte Änderungen. Diese Seite verlassen und die Änderungen verwerfen?"]);
    await expect(page).toHaveURL(/\/systems\/new$/);
  });
});
