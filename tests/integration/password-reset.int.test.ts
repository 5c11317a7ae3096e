import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/crypto/password";
import { sha256Hex } from "@/lib/crypto";
import { verifyCredentials } from "@/lib/dal/accounts/internal/accounts";
import { createAuthSession, resolveSession } from "@/lib/dal/accounts/internal/sessions";
import { resetLinkStatus } from "@/lib/dal/accounts/password-reset";
import { one } from "../helpers/expect-defined";
import { createOrganization, uniqueEmail } from "../helpers/factories";
import { smtpServerForFile } from "../helpers/smtp-for-file";
import { linkToken, mailsTo } from "../helpers/account-mail";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const OLD = "the old passphrase here";
const NEW = "a brand new passphrase";

const smtp = smtpServerForFile();

async function userWithPassword(): Promise<{ userId: string; email: string; organizationId: string }> {
  const { admin, organizationId } = await createOrganization("Reset");
  const user = await db().user.update({
    where: { id: admin.userId },
    data: { passwordHash: await hashPassword(OLD) },
    select: { email: true },
  });
  return { userId: admin.userId, email: user.email, organizationId };
}

// Asks through the server action, as the "Forgot password?" form does, and returns the link's secret from the mail.
async function requestLink(email: string): Promise<string> {
  const { requestPasswordResetAction } = await import("@/app/(auth)/actions");
  const before = mailsTo(smtp.messages, email).length;
  expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: null });
  await expect.poll(() => mailsTo(smtp.messages, email).length).toBe(before + 1);
  const mail = one(mailsTo(smtp.messages, email), before, "reset mail");
  expect(mail).toMatch(/^Subject: \[Actlas\] Reset your password/m);
  return linkToken(mail, "/reset-password/");
}

const reset = async (token: string, password = NEW) => {
  const { resetPasswordAction } = await import("@/app/(auth)/actions");
  return resetPasswordAction({ token, password, confirmPassword: password });
};

describe("password reset by e-mail", () => {
  it("sets the new password, ends every session of the user, spends the link and every other open link", async () => {
    const { userId, email, organizationId } = await userWithPassword();
    const laptop = await createAuthSession(userId);
    const phone = await createAuthSession(userId);
    const older = await requestLink(email);
    const token = await requestLink(email);
    const row = await db().passwordResetToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(token) } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(60 * 60_000);
    expect(await resetLinkStatus(token)).toBe("valid");

    expect(await reset(token)).toEqual({ ok: true, data: null });
    expect(await verifyCredentials(email, NEW)).toBe(userId);
    expect(await verifyCredentials(email, OLD)).toBeNull();
    expect(await resolveSession(laptop.sessionId)).toBeNull();
    expect(await resolveSession(phone.sessionId)).toBeNull();
    expect(await resetLinkStatus(token)).toBe("used");
    expect(await resetLinkStatus(older)).toBe("used");
    const again = await reset(token, "yet another passphrase");
    expect(again).toMatchObject({ ok: false, code: "VALIDATION", error: expect.stringMatching(/used already/) });
    expect(await reset(older, "yet another passphrase")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/used already/),
    });
    expect(await verifyCredentials(email, NEW)).toBe(userId);
    const audit = await db().auditEvent.findMany({ where: { organizationId, action: "user.password_reset" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses an expired link (clock moved by setting the expiry) and an unknown one, changing nothing", async () => {
    const { userId, email } = await userWithPassword();
    const session = await createAuthSession(userId);
    const token = await requestLink(email);
    await db().passwordResetToken.updateMany({
      where: { tokenHash: sha256Hex(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetLinkStatus(token)).toBe("expired");
    expect(await reset(token)).toMatchObject({ ok: false, error: expect.stringMatching(/expired/) });
    expect(await reset("B".repeat(43))).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) });
    expect(await resetLinkStatus("nonsense")).toBe("malformed");
    expect(await verifyCredentials(email, OLD)).toBe(userId);
    expect(await resolveSession(session.sessionId)).not.toBeNull();
  });

  it("applies the sign-up password rules and checks the two entries match", async () => {
    const { email } = await userWithPassword();
    const token = await requestLink(email);
    const short = await reset(token, "short");
    expect(short).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { password: [expect.stringMatching(/at least 12/)] },
    });
    const { resetPasswordAction } = await import("@/app/(auth)/actions");
    const mismatch = await resetPasswordAction({ token, password: NEW, confirmPassword: `${NEW}!` });
    expect(mismatch).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two passwords do not match."] },
    });
    expect(await resetLinkStatus(token)).toBe("valid");
  });

  it("answers the same for an unknown address, sends it nothing, and stores no secret in clear", async () => {
    const { requestPasswordResetAction } = await import("@/app/(auth)/actions");
    const { email } = await userWithPassword();
    const nobody = uniqueEmail("nobody");
    expect(await requestPasswordResetAction({ email: nobody })).toEqual(await requestPasswordResetAction({ email }));
    await expect.poll(() => mailsTo(smtp.messages, email).length).toBe(1);
    expect(mailsTo(smtp.messages, nobody)).toHaveLength(0);
    const token = linkToken(one(mailsTo(smtp.messages, email), 0, "reset mail"), "/reset-password/");
    const stored = await db().passwordResetToken.findMany({ where: { user: { email } } });
    expect(stored.map((s) => s.tokenHash)).toEqual([sha256Hex(token)]);
  });

  it("caps reset mails per address silently", async () => {
    const { requestPasswordResetAction } = await import("@/app/(auth)/actions");
    const { email } = await userWithPassword();
    for (let i = 0; i < 5; i++) expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: null });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsTo(smtp.messages, email)).toHaveLength(3);
  });
});
