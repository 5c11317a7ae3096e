import { expect, test } from "@playwright/test";
import { startMlflowStub, type MlflowStub } from "../helpers/mlflow-stub";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The app server reaches this stub on 127.0.0.1 because the e2e server runs with ALLOW_PRIVATE_URLS=true.
let stub: MlflowStub;
test.beforeAll(async () => {
  stub = await startMlflowStub({ token: "e2e-mlflow-token" });
});
test.afterAll(async () => {
  await stub.close();
});

test("an administrator connects MLflow, syncs, and everyone sees the models with their metrics", async ({ page }) => {
  // Sign-in, a sync and four accessibility scans: more than the default minute on a busy 2-core machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/settings/registry");
  await expect(page.getByRole("heading", { level: 1, name: "Model registry" })).toBeVisible();
  await expectAccessible(page);

  const add = page.getByRole("form", { name: "Add a registry connection" });
  await add.getByLabel("Name (required)").fill("Production MLflow");
  await add.getByLabel("Server URL").fill("mlflow.internal");
  await add.getByLabel("Access token").fill("e2e-mlflow-token");
  await add.getByLabel("Sync schedule").selectOption("60");
  await add.getByRole("button", { name: "Add connection" }).click();
  await expect(add.getByText("Enter a full URL starting with https://")).toBeVisible();
  await expect(add.getByLabel("Name (required)")).toHaveValue("Production MLflow");

  await add.getByLabel("Server URL").fill(stub.url);
  await add.getByRole("button", { name: "Add connection" }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Production MLflow" }) });
  await expect(item.getByText("Never synced")).toBeVisible();
  await expect(item.getByText("Every hour")).toBeVisible();
  await expect(add.getByLabel("Name (required)")).toHaveValue("");

  await item.getByRole("button", { name: "Sync now Production MLflow" }).click();
  await expect(item.getByText("Synced", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(item.getByText("Models: 3 new")).toBeVisible();
  await expect(item.getByText("Versions: 6 new")).toBeVisible();
  await expect(item.getByRole("link", { name: "Retail credit scoring (ScoreOne)" })).toBeVisible();
  await expect(item.getByText(/matches no AI system/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "registry-settings");

  await page.getByRole("link", { name: "View models" }).click();
  await expect(page).toHaveURL(/\/models$/);
  const credit = page.getByRole("region", { name: "credit-risk-scorer", exact: true });
  await expect(credit.getByText("MLflow · Production MLflow")).toBeVisible();
  const v2 = credit.getByRole("row", { name: /^v2/ });
  await expect(v2.getByText("Production")).toBeVisible();
  await expect(v2.getByText("0.842")).toBeVisible();
  await expect(v2.getByText(/credit-applications-2025q1@8e1f0c2a/)).toBeVisible();
  await expect(credit.getByRole("link", { name: "Retail credit scoring (ScoreOne)" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "registry-models");

  // A model without the actlas.system tag is linked by hand; a name that matches nothing is explained at the field.
  const chat = page.getByRole("region", { name: "support-chat-llm", exact: true });
  await chat.getByText("Link to an AI system").click();
  const linkField = chat.getByLabel("AI system to link support-chat-llm to");
  await linkField.fill("Chatbot that does not exist");
  await chat.getByRole("button", { name: "Link support-chat-llm" }).click();
  await expect(chat.getByText("No AI system is named “Chatbot that does not exist”")).toBeVisible();
  await expect(linkField).toHaveValue("Chatbot that does not exist");
  await linkField.fill("Customer service chatbot (Ava)");
  await chat.getByRole("button", { name: "Link support-chat-llm" }).click();
  await expect(chat.getByRole("link", { name: "Customer service chatbot (Ava)" })).toBeVisible();
});

test("people who are not administrators see the models but cannot configure the registry", async ({ page }) => {
  await signIn(page, DEMO.manager.email, DEMO.manager.password);
  await page.goto("/settings/registry");
  await expect(page.getByText("Only administrators can manage model-registry connections.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/models");
  await expect(page.getByRole("heading", { level: 1, name: "Models" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Link / })).toHaveCount(0);
  await expectAccessible(page);
});
