import "server-only";
import { hashPassword } from "@/lib/crypto/password";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/locales";
import { passwordResetEmail } from "@/lib/mail/account-emails";
import { appLink, deliverAccountMail } from "@/lib/mail/account-delivery";
import { ZEmailOnly, ZLinkToken, ZResetPassword, type TEmailOnly, type TResetPassword } from "@/lib/validations/auth";
import { allowAccountMail } from "@/lib/dal/accounts/internal/account-mail-throttle";
import { writeAudit } from "@/lib/dal/core/audit";
import { revokeAllSessionsOf } from "@/lib/dal/accounts/internal/sessions";

const VALID_MINUTES = 60;

export type ResetLinkStatus = "valid" | "malformed" | "unknown" | "used" | "expired";

const LINK_PROBLEMS: Record<Exclude<ResetLinkStatus, "valid">, string> = {
  malformed: "This password reset link is incomplete. Copy the whole link from the e-mail, or ask for a new one.",
  unknown: "This password reset link is not valid. Ask for a new one.",
  used: "This password reset link was used already. Ask for a new one if you still need to change your password.",
  expired: "This password reset link has expired (links work for one hour). Ask for a new one.",
};

export function resetLinkProblem(status: Exclude<ResetLinkStatus, "valid">): string {
  return LINK_PROBLEMS[status];
}

// The same silent answer whether or not the address has an account; only an account's own mailbox gets a link.
// Accounts without a password (single sign-on only) get none: their identity provider decides how they sign in.
export async function requestPasswordReset(raw: TEmailOnly, ip: string | null): Promise<void> {
  const { email } = ZEmailOnly.parse(raw);
  if (!(await allowAccountMail("reset", email, ip))) return;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, locale: true } });
  if (!user?.passwordHash) return;
  // Random 256-bit secret; only its SHA-256 is stored, so a database leak holds no usable link.
  const token = randomSecret();
  const createdAt = new Date();
  await db().passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: sha256Hex(token),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + VALID_MINUTES * 60_000),
    },
  });
  const url = appLink(`/reset-password/${token}`);
  const locale = resolveLocale(user.locale, null);
  void deliverAccountMail(passwordResetEmail({ locale, to: email, url, validMinutes: VALID_MINUTES }), url);
}

export async function resetLinkStatus(token: string): Promise<ResetLinkStatus> {
  if (!ZLinkToken.safeParse(token).success) return "malformed";
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= new Date() ? "expired" : "valid";
}

// Sets the new password, spends this link and every other open link of the user, and ends all of the user's
// sessions: whoever knew the old password (or held a session) is out.
export async function resetPassword(raw: TResetPassword): Promise<void> {
  const input = ZResetPassword.parse(raw);
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    const now = new Date();
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: sha256Hex(input.token) },
      select: {
        id: true,
        userId: true,
        usedAt: true,
        expiresAt: true,
        user: { select: { email: true, memberships: { select: { organizationId: true } } } },
      },
    });
    const problem = !row ? "unknown" : row.usedAt ? "used" : row.expiresAt <= now ? "expired" : null;
    if (problem || !row) throw new AppError("VALIDATION", LINK_PROBLEMS[problem ?? "unknown"]);
    // Conditional on usedAt, so two tabs submitting the same link change the password once.
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) throw new AppError("VALIDATION", LINK_PROBLEMS.used);
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await revokeAllSessionsOf(tx, row.userId);
    const event = { action: "user.password_reset", entityType: "User", entityId: row.userId };
    for (const { organizationId } of row.user.memberships) {
      await writeAudit(tx, { organizationId, userId: row.userId, actorLabel: row.user.email }, event);
    }
  });
}
