import { describe, expect, it } from "vitest";
import { confirmSignUpEmail, passwordResetEmail, signUpExistingAccountEmail } from "@/lib/mail/account-emails";

describe("account e-mails", () => {
  it("carry the link in the text and the HTML, and escape what the sign-up typed", () => {
    const url = "https://actlas.test/verify-email/abc";
    const mail = confirmSignUpEmail({
      to: "a@b.example",
      organizationName: `<img src=x onerror="alert(1)">`,
      url,
      validHours: 24,
    });
    expect(mail.subject).toBe("[Actlas] Confirm your e-mail address");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.html).not.toContain("<img");
    expect(mail.text).toContain("24 hours");
  });

  it("tell the owner of an existing account what happened without a sign-up link", () => {
    const mail = signUpExistingAccountEmail({
      to: "a@b.example",
      signInUrl: "https://actlas.test/login",
      resetUrl: "https://actlas.test/forgot-password",
    });
    expect(mail.text).toContain("https://actlas.test/login");
    expect(mail.text).toContain("https://actlas.test/forgot-password");
    expect(mail.text).not.toContain("verify-email");
  });

  it("say how long a reset link works", () => {
    const mail = passwordResetEmail({
      to: "a@b.example",
      url: "https://actlas.test/reset-password/x",
      validMinutes: 60,
    });
    expect(mail.text).toMatch(/60 minutes/);
    expect(mail.subject).toBe("[Actlas] Reset your password");
  });
});
