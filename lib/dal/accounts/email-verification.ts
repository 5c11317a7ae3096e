import "server-only";
import { hashPassword } from "@/lib/crypto/password";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { confirmSignUpEmail, signUpExistingAccountEmail } from "@/lib/mail/account-emails";
import { appLink, deliverAccountMail } from "@/lib/mail/account-delivery";
import { ZEmailOnly, ZLinkToken, ZSignUp, type TEmailOnly, type TSignUp } from "@/lib/validations/auth";
import { allowAccountMail } from "@/lib/dal/accounts/internal/account-mail-throttle";
import { createAccount } from "@/lib/dal/accounts/internal/accounts";

const LINK_VALID_HOURS = 24;

export type SignUpLinkPreview =
  { status: "valid"; email: string; organizationName: string } | { status: "malformed" | "unknown" | "expired" };

const LINK_PROBLEMS: Record<Exclude<SignUpLinkPreview["status"], "valid">, string> = {
  malformed: "This confirmation link is incomplete. Copy the whole link from the e-mail and try again.",
  unknown:
    "This confirmation link is not valid any more: it was used already, or a newer link replaced it. If you confirmed your address already, sign in.",
  expired: "This confirmation link has expired. Ask for a new one, or sign up again.",
};

export function signUpLinkProblem(status: Exclude<SignUpLinkPreview["status"], "valid">): string {
  return LINK_PROBLEMS[status];
}

// Sign-up answers the same way whether or not the address has an account: the difference goes only to the mailbox.
// A new address gets a confirmation link and the account is created when it is followed; an address with an
// account is told that someone tried, with ways to sign in or reset the password.
// `locale` is the language the form was filled in: the confirmation goes to an address without an account yet.
export async function requestSignUp(raw: TSignUp, ip: string | null, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const input = ZSignUp.parse(raw);
  // Hashed in both branches, so the answer takes as long for a taken address as for a new one.
  const passwordHash = await hashPassword(input.password);
  if (!(await allowAccountMail("signup", input.email, ip))) return;
  // Expired sign-ups are cleared here, in both branches, for the same reason.
  await db().pendingSignUp.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true, locale: true } });
  if (existing) {
    const signInUrl = appLink("/login");
    void deliverAccountMail(
      signUpExistingAccountEmail({
        locale: resolveLocale(existing.locale, null),
        to: input.email,
        signInUrl,
        resetUrl: appLink("/forgot-password"),
      }),
      signInUrl,
    );
    return;
  }
  // Several pending sign-ups may exist for one address; only the mailbox's owner can follow any of them.
  const token = randomSecret();
  await db().pendingSignUp.create({
    data: {
      email: input.email,
      name: input.name,
      organizationName: input.organizationName,
      passwordHash,
      tokenHash: sha256Hex(token),
      expiresAt: expiry(),
    },
  });
  mailLink(locale, input.email, input.organizationName, token);
}

// "Resend": a fresh link for the newest pending sign-up of the address (the old link stops working). The same
// silent answer whatever the address is.
export async function resendSignUpLink(
  raw: TEmailOnly,
  ip: string | null,
  locale: Locale = DEFAULT_LOCALE,
): Promise<void> {
  const { email } = ZEmailOnly.parse(raw);
  if (!(await allowAccountMail("signup", email, ip))) return;
  const [account, pending] = await Promise.all([
    db().user.findUnique({ where: { email }, select: { id: true } }),
    db().pendingSignUp.findFirst({
      where: { email },
      orderBy: { createdAt: "desc" },
      select: { id: true, organizationName: true },
    }),
  ]);
  if (account || !pending) return;
  const token = randomSecret();
  await db().pendingSignUp.update({
    where: { id: pending.id },
    data: { tokenHash: sha256Hex(token), expiresAt: expiry() },
  });
  mailLink(locale, email, pending.organizationName, token);
}

export async function previewSignUpLink(token: string): Promise<SignUpLinkPreview> {
  if (!ZLinkToken.safeParse(token).success) return { status: "malformed" };
  const pending = await db().pendingSignUp.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { email: true, organizationName: true, expiresAt: true },
  });
  if (!pending) return { status: "unknown" };
  if (pending.expiresAt < new Date()) return { status: "expired" };
  return { status: "valid", email: pending.email, organizationName: pending.organizationName };
}

// Following the link creates the account and its organisation; every other pending sign-up of the address ends.
export async function confirmSignUp(token: string): Promise<{ email: string; organizationName: string }> {
  const preview = await previewSignUpLink(token);
  if (preview.status !== "valid") throw new AppError("VALIDATION", LINK_PROBLEMS[preview.status]);
  return db().$transaction(async (tx) => {
    const pending = await tx.pendingSignUp.findUnique({ where: { tokenHash: sha256Hex(token) } });
    // Deleting first makes a double click or two tabs create the account only once: the second finds nothing.
    const { count } = pending ? await tx.pendingSignUp.deleteMany({ where: { id: pending.id } }) : { count: 0 };
    if (!pending || count !== 1) throw new AppError("VALIDATION", LINK_PROBLEMS.unknown);
    await createAccount(tx, pending);
    await tx.pendingSignUp.deleteMany({ where: { email: pending.email } });
    return { email: pending.email, organizationName: pending.organizationName };
  });
}

function expiry(): Date {
  return new Date(Date.now() + LINK_VALID_HOURS * 3_600_000);
}

function mailLink(locale: Locale, email: string, organizationName: string, token: string): void {
  const url = appLink(`/verify-email/${token}`);
  const message = confirmSignUpEmail({ locale, to: email, organizationName, url, validHours: LINK_VALID_HOURS });
  void deliverAccountMail(message, url);
}
