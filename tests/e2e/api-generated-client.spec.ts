import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import type { Journey } from "../api-client/journey-type";

// The pipeline journey of a client generated from the document by third-party tools (openapi-typescript +
// openapi-fetch, tests/api-client/journey.ts), over HTTP against the production build (issue #23). The integration
// suite runs the same journey in process and type-checks it against freshly generated types; this is the real wire.
// The journey is imported by a computed path: its types come from a generated file a fresh clone's typecheck lacks.
const JOURNEY = "../api-client/journey";

test("a generated client runs the pipeline loop over HTTP: create, classify, evidence, breach, resolve, gate passes", async ({
  page,
  baseURL,
}) => {
  await signUp(page, { name: "Pipeline Bot", email: uniqueEmail("gen-client"), organizationName: "Generated client" });
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("generated client");
  for (const scope of [/^read/, /^systems:write/, /^evidence:write/, /^gate/])
    await page.getByRole("checkbox", { name: scope }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = ((await page.getByTestId("api-token").textContent()) ?? "").trim();
  expect(token).toMatch(/^actlas_/);

  // require, not import(): Playwright compiles TypeScript only on its require path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runPipelineJourney } = require(JOURNEY) as Journey;
  const outcome = await runPipelineJourney(`${baseURL}/api/v1`, token, fetch);
  expect(outcome.breached).toBe(true);
  expect(outcome.failingCodes).toContain("monitoring_breach_open");
  expect(outcome.afterCodes).not.toContain("monitoring_breach_open");
  expect(
    outcome.log.every((entry) => entry.status < 300),
    JSON.stringify(outcome.log),
  ).toBe(true);
});
