import { expect, test, type Browser, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The legal review loop as the people who do it: the compliance officer asks, legal finds the request in the queue
// and sends it back with a note, the officer reads it and asks again, legal confirms. Afterwards one review state
// shows everywhere: the system header, the inventory, the current result and the history.
// The demo chatbot's result turns on a disputed reading (the engine says "requires review"); the spec works on a copy.
const CHATBOT = "Customer service chatbot (Ava)";
const FIRST = "Does the Art 50(1) notice in the chat window cover the voice channel too?";
const NOTE = "Please attach the wording of the voice-channel greeting, then ask again.";
const SECOND = "The greeting now says “You are talking to an AI assistant.” Is that enough for Art 50(1)?";

const section = (page: Page, title: string) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

async function sessionOf(browser: Browser, who: keyof typeof DEMO) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, DEMO[who].email, DEMO[who].password);
  return page;
}

// The same state on the header, the inventory row, the current result and the history's current run.
async function expectReviewState(page: Page, path: string, name: string, needsReview: boolean) {
  const check = (where: ReturnType<Page["locator"]>) =>
    needsReview ? expect(where).toContainText("Requires review") : expect(where).not.toContainText("Requires review");
  await page.goto(`${path}/classification`);
  await check(page.getByRole("heading", { level: 1, name }).locator("xpath=../.."));
  await check(section(page, "Current result"));
  await check(
    page
      .getByRole("table", { name: /Classification runs/ })
      .getByRole("row")
      .nth(1),
  );
  await page.goto(`/systems?q=${encodeURIComponent(name)}`);
  await check(page.getByRole("row", { name: new RegExp(name.replace(/[()]/g, ".")) }));
}

test("request → queue → send back → request again → confirm, with one review state on every page", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName("Chatbot review loop");
  const { path } = await createSystemViaApi(browser, { copyOf: CHATBOT, name });
  const officer = await sessionOf(browser, "compliance");
  const legal = await sessionOf(browser, "legal");
  await expectReviewState(officer, path, name, true);

  // The officer asks legal a question about the result.
  await officer.goto(`${path}/classification`);
  const questions = section(officer, "Questions to legal");
  await questions.getByRole("button", { name: "Request legal review" }).click();
  await expect(questions.getByText(/Write the question for legal/)).toBeVisible();
  await questions.getByLabel("Your question for legal").fill(FIRST);
  await questions.getByRole("button", { name: "Request legal review" }).click();
  await expect(questions.getByText(FIRST)).toBeVisible();
  await expectAccessible(officer);
  await screenshot(officer, "review-loop-requested");

  // Legal finds it in the queue, reads the answers beside the result, and sends it back with a note.
  await legal.goto("/reviews");
  const item = legal.getByRole("listitem").filter({ hasText: FIRST });
  await expect(item).toContainText(name);
  await expect(item).toContainText("Waiting since");
  await expectAccessible(legal);
  await screenshot(legal, "review-loop-queue");
  await legal.setViewportSize({ width: 390, height: 844 });
  await screenshot(legal, "review-loop-queue-phone");
  await legal.setViewportSize({ width: 1280, height: 900 });
  await item.getByRole("link", { name }).click();
  await expect(legal).toHaveURL(new RegExp(`${path}/classification`));
  await expect(legal.getByTestId("run-answers")).toBeVisible();
  const thread = section(legal, "Questions to legal");
  await thread.getByLabel("Send back with a note").check();
  await thread.getByLabel("Answer or note for the requester").fill(NOTE);
  await thread.getByRole("button", { name: "Send reply" }).click();
  await expect(thread.getByText("Sent back")).toBeVisible();
  await expectAccessible(legal);
  await screenshot(legal, "review-loop-legal");
  await legal.goto("/reviews");
  await expect(legal.getByText(FIRST)).toHaveCount(0);

  // The officer reads the note and asks again.
  await officer.goto(`${path}/classification`);
  await expect(questions.getByText(NOTE)).toBeVisible();
  await expect(questions.getByText("Sent back")).toBeVisible();
  await questions.getByLabel("Your question for legal").fill(SECOND);
  await questions.getByRole("button", { name: "Request legal review" }).click();
  await expect(questions.getByText(SECOND)).toBeVisible();

  // Legal confirms from the queue; the request closes.
  await legal.goto("/reviews");
  await legal.getByRole("listitem").filter({ hasText: SECOND }).getByRole("link", { name }).click();
  // An override to Minimal would take the transparency duties away: legal sees which, and must tick to confirm.
  await legal.getByLabel("Override the tier").check();
  await legal.getByLabel("Tier that applies instead").selectOption({ label: "Minimal" });
  const removed = legal.getByRole("list", { name: "Obligations the override removes" });
  await expect(removed).toContainText("Art 50(1)");
  await expect(legal.getByLabel("I have checked these obligations and confirm the override.")).not.toBeChecked();
  await screenshot(legal, "review-loop-override-confirm");
  await legal.getByLabel("Confirm the classification").check();
  await legal.getByRole("button", { name: "Record decision" }).click();
  await expect(legal.getByTestId("decision-log")).toContainText("confirmed the classification");
  await expect(section(legal, "Questions to legal").getByText("Closed by a decision")).toBeVisible();

  await expectReviewState(officer, path, name, false);
  await officer.goto(`${path}/classification`);
  await expect(section(officer, "Current result")).toContainText("Final, reviewed by legal");
  await expectAccessible(officer);
  await screenshot(officer, "review-loop-confirmed");
  await officer.context().close();
  await legal.context().close();
});
