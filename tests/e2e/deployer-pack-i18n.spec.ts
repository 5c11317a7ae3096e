import { expect, test } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #22, the deployer pack: a German provider publishes it and makes a link on the system's tab; the customer
// opens the link in a French browser, with no account, so the browser's language decides. No message key shows.
const PROVIDED = "Life insurance risk pricing";
const CUSTOMER = "Assurances Dupont SA";
const OUR_NAMESPACES = /\b(DeployerPack\w*|PublicPack)\.[a-z]\w*/;

test.describe("a German provider and a French customer", () => {
  test.use({ locale: "de-DE" });

  test("the deployer pack tab in German, the customer's page in French", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const system = await createSystemViaApi(browser, {
      copyOf: PROVIDED,
      name: uniqueName("Pack i18n"),
      description: "A copy for the deployer pack language test.",
    });
    await signIn(page, DEMO.compliance.email, DEMO.compliance.password);

    await page.goto(`${system.path}/deployer-pack`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { name: "Betreiberpaket veröffentlichen" })).toBeVisible();
    await expect(page.getByLabel("Betriebsanleitung (Art 13)")).toBeVisible();
    await expect(page.getByText("Noch keine EU-Konformitätserklärung hochgeladen.")).toBeVisible();
    await expect(page).toHaveTitle(/Betreiberpaket/);
    expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
    await expectAccessible(page);

    await page.getByLabel("Kontakt für schwerwiegende Vorfälle: E-Mail").fill("ki-vorfaelle@demo-bank.example");
    await page.getByRole("button", { name: "Version 1 veröffentlichen" }).click();
    await expect(page.getByText("Version 1 veröffentlicht und signiert.")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "Version 1 (aktuell)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Betreiberpaket (signierte PDF-Datei)" })).toBeVisible();

    await page.getByLabel("Kunde").fill(CUSTOMER);
    await page.getByRole("button", { name: "Link erstellen" }).click();
    const url = await page.getByLabel(`Link für ${CUSTOMER}`, { exact: true }).inputValue();
    expect(url).toMatch(/\/pack\/[A-Za-z0-9_-]{43}$/);
    const row = page.getByRole("listitem").filter({ hasText: CUSTOMER });
    await expect(row.getByText("Aktiv", { exact: true })).toBeVisible();
    await expect(row.getByText(/Neueste Version · läuft ab am .+ · noch nie geöffnet/)).toBeVisible();
    await expect(page.getByRole("button", { name: `Link für ${CUSTOMER} widerrufen` })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
    await expectAccessible(page);
    await screenshot(page, "deployer-pack-tab-de");

    const context = await browser.newContext({ locale: "fr-FR" });
    const customer = await context.newPage();
    await customer.goto(url);
    await expect(customer.locator("html")).toHaveAttribute("lang", "fr");
    await expect(customer.getByRole("heading", { level: 1, name: `Dossier déployeur : ${system.name}` })).toBeVisible();
    await expect(customer.getByText("Fournisseur", { exact: true })).toBeVisible();
    await expect(customer.getByText("Système d'IA", { exact: true })).toBeVisible();
    await expect(customer.getByRole("link", { name: "Dossier déployeur (PDF signé)" })).toBeVisible();
    await expect(customer.getByText("Aucune déclaration UE de conformité téléversée pour l'instant.")).toBeVisible();
    await expect(customer.getByText(/Ne transmettez pas ce lien\./)).toBeVisible();
    await expect(customer).toHaveTitle(/Dossier déployeur/);
    expect(await customer.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
    await expectAccessible(customer);
    await screenshot(customer, "deployer-pack-customer-fr");

    // A link that opens nothing says so in the customer's language too.
    await customer.goto(`${url.slice(0, -4)}AAAA`);
    await expect(customer.getByText(/Ce lien n'ouvre aucun dossier déployeur/)).toBeVisible();
    await expectAccessible(customer);
    await context.close();
  });
});
