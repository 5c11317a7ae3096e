import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

// The axe check every spec relies on must still fail a page that breaks WCAG: with only violations gathered and axe run
// in the page itself, a faster check that saw nothing would pass every page.
test("the accessibility check fails a page with faint text, an unnamed field and a name that hides its words", async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
    <h1>Broken page</h1>
    <p style="color:#ccc;background:#fff">Text too faint to read</p>
    <input type="text">
    <button aria-label="Close the dialog">Open</button>
  </main></body></html>`);
  const failure = await expectAccessible(page).then(
    () => "",
    (error: Error) => error.message,
  );
  expect(failure).toContain("color-contrast");
  expect(failure).toContain("label");
  expect(failure).toContain("label-content-name-mismatch");

  await page.setContent(`<!doctype html><html lang="en"><head><title>Fine</title></head><body><main>
    <h1>A fine page</h1><label>Name <input type="text"></label><button>Open</button></main></body></html>`);
  await expectAccessible(page);

  // axe stays in a document after its first check: a later check of the same document, changed since, still judges
  // what is there now.
  await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", "<input type=text>"));
  const second = await expectAccessible(page).then(
    () => "",
    (error: Error) => error.message,
  );
  expect(second).toContain("label");
});
