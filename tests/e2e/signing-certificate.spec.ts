import { expect, test } from "@playwright/test";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

const openssl = (...args: string[]) => promisify(execFile)("openssl", args);
const PASSWORD = "p12 password";

// The administrator sees the demo's self-signed certificate, gets a clear error for a wrong password, then uploads a
// PKCS#12 (made here with OpenSSL, as a trust service provider would hand it over) that replaces it.
test("Settings → Signing certificate: the certificate in use, and an administrator's own PKCS#12", async ({ page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), "actlas-e2e-p12-"));
  const p12 = path.join(dir, "signer.p12");
  await openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "365",
    "-subj",
    "/CN=Demo Bank Qualified Seal/O=Demo Bank & Insurance",
    "-keyout",
    path.join(dir, "key.pem"),
    "-out",
    path.join(dir, "cert.pem"),
  );
  await openssl(
    "pkcs12",
    "-export",
    "-inkey",
    path.join(dir, "key.pem"),
    "-in",
    path.join(dir, "cert.pem"),
    "-out",
    p12,
    "-passout",
    `pass:${PASSWORD}`,
  );
  try {
    await signIn(page, DEMO.admin.email, DEMO.admin.password);
    await page.goto("/settings/signing");
    await expect(page.getByRole("heading", { name: "Signing certificate", level: 1 })).toBeVisible();
    await expect(page.getByText("Self-signed by Actlas")).toBeVisible();
    await expect(page.getByText("CN=Demo Bank & Insurance, O=Demo Bank & Insurance")).toBeVisible();
    await expect(page.getByText("The same (self-signed)")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "signing-certificate-1280");

    await page.getByLabel("PKCS#12 file").setInputFiles(p12);
    await page.getByLabel("Password of the file").fill("not the password");
    await page.getByRole("button", { name: "Upload and use this certificate" }).click();
    await expect(page.getByText("The password does not open this file.")).toBeVisible();
    await expect(page.getByLabel("Password of the file")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await page.getByLabel("Password of the file").fill(PASSWORD);
    await page.getByRole("button", { name: "Upload and use this certificate" }).click();
    await expect(page.getByText("The certificate is in use")).toBeVisible();
    await expect(page.getByText("Uploaded by an administrator")).toBeVisible();
    await expect(page.getByText("CN=Demo Bank Qualified Seal, O=Demo Bank & Insurance")).toBeVisible();
    await screenshot(page, "signing-certificate-1280-uploaded");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByText("Uploaded by an administrator")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "signing-certificate-390");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
