import { afterEach, describe, expect, it, vi } from "vitest";

// The links in account e-mails are secrets: without SMTP they reach the log only where the operator said so.
async function deliverWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value as string);
  // Imported after resetModules, so it captures the same logger the fresh module writes to.
  const { captureLog } = await import("../../helpers/capture-log");
  const captured = captureLog();
  const { deliverAccountMail } = await import("@/lib/mail/account-delivery");
  await deliverAccountMail(
    { to: "a@b.example", subject: "[Actlas] Reset your password", text: "x", html: "x" },
    "https://actlas.test/reset-password/SECRET",
  );
  captured.restore();
  return captured.text();
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("account mail without SMTP", () => {
  it("never writes the link to a production log unless the operator allowed it", async () => {
    const logged = await deliverWith({ SMTP_URL: "", NODE_ENV: "production", MAIL_LINKS_TO_LOG: "" });
    expect(logged).toContain("could not be sent");
    expect(logged).not.toContain("SECRET");
  });

  it("writes the link to the log where MAIL_LINKS_TO_LOG is set (npm start on the embedded database)", async () => {
    const logged = await deliverWith({ SMTP_URL: "", NODE_ENV: "production", MAIL_LINKS_TO_LOG: "true" });
    expect(logged).toContain("https://actlas.test/reset-password/SECRET");
  });
});
