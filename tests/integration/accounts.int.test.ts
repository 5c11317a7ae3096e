import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/dal/accounts/internal/accounts";
import {
  confirmSignUp,
  previewSignUpLink,
  requestSignUp,
  resendSignUpLink,
} from "@/lib/dal/accounts/email-verification";
import { acceptInvitationAsNewUser, createInvitation } from "@/lib/dal/accounts/invitations";
import { sha256Hex } from "@/lib/crypto";
import { allowAccountMail } from "@/lib/dal/accounts/internal/account-mail-throttle";
import { one } from "../helpers/expect-defined";
import { createOrganization, uniqueEmail } from "../helpers/factories";
import { smtpServerForFile } from "../helpers/smtp-for-file";
import { linkToken, mailsTo, waitForMail } from "../helpers/account-mail";

const PASSWORD = "correct horse battery";
const CONFIRM = /^Subject: \[Actlas\] Confirm your e-mail address/m;

const smtp = smtpServerForFile();

async function signUpAndGetLink(email: string, organizationName = "Acme AI", password = PASSWORD): Promise<string> {
  const before = mailsTo(smtp.messages, email).length;
  await requestSignUp({ name: "Founder", email, password, organizationName }, null);
  await expect.poll(() => mailsTo(smtp.messages, email).length).toBe(before + 1);
  return linkToken(one(mailsTo(smtp.messages, email), before, "confirmation mail"), "/verify-email/");
}

describe("sign-up with e-mail confirmation", () => {
  it("creates nothing until the link is followed; the link creates the user, the organisation and the admin membership", async () => {
    const email = uniqueEmail("founder");
    const token = await signUpAndGetLink(email);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
    // An unconfirmed sign-up cannot sign in: there is no account yet.
    expect(await verifyCredentials(email, PASSWORD)).toBeNull();
    expect(await previewSignUpLink(token)).toEqual({ status: "valid", email, organizationName: "Acme AI" });

    await expect(confirmSignUp(token)).resolves.toEqual({ email, organizationName: "Acme AI" });
    const userId = await verifyCredentials(email, PASSWORD);
    expect(userId).not.toBeNull();
    const memberships = await db().membership.findMany({
      where: { userId: userId! },
      include: { organization: true },
    });
    const membership = one(memberships, 0, "membership of the new user");
    expect(membership.role).toBe("ADMIN");
    expect(membership.organization.name).toBe("Acme AI");
    const actions = (
      await db().auditEvent.findMany({
        where: { organizationId: membership.organizationId },
        orderBy: { sequence: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["organization.created", "membership.created"]);
  });

  it("stores a normalised email, an argon2id hash and only the link's hash, never the password or the secret", async () => {
    const email = uniqueEmail("mixed.case");
    const typed = `  ${email.replace("mixed", "MiXeD")}  `;
    await requestSignUp({ name: "M", email: typed, password: PASSWORD, organizationName: "Case Org" }, null);
    const mail = await waitForMail(smtp.messages, email, CONFIRM);
    const token = linkToken(mail, "/verify-email/");
    const pending = await db().pendingSignUp.findFirstOrThrow({ where: { email } });
    expect(pending.passwordHash).toMatch(/^\$argon2id\$/);
    expect(pending.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(pending)).not.toContain(token);
    await confirmSignUp(token);
    expect(await verifyCredentials(email.toUpperCase(), PASSWORD)).not.toBeNull();
    expect(await verifyCredentials(email, "wrong password here")).toBeNull();
  });

  it("a link works once; an unknown, malformed or expired link is explained", async () => {
    const email = uniqueEmail("once");
    const token = await signUpAndGetLink(email);
    await confirmSignUp(token);
    await expect(confirmSignUp(token)).rejects.toThrow(/not valid any more/);
    expect(await db().organization.count({ where: { memberships: { some: { user: { email } } } } })).toBe(1);
    await expect(confirmSignUp("A".repeat(43))).rejects.toThrow(/not valid any more/);
    expect(await previewSignUpLink("short")).toEqual({ status: "malformed" });

    const late = uniqueEmail("late");
    const lateToken = await signUpAndGetLink(late);
    await db().pendingSignUp.updateMany({ where: { email: late }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmSignUp(lateToken)).rejects.toThrow(/expired/);
    expect(await db().user.findUnique({ where: { email: late } })).toBeNull();
  });

  it("a stranger's unconfirmed sign-up never blocks the address's owner", async () => {
    const email = uniqueEmail("owner");
    const strangersLink = await signUpAndGetLink(email, "Squatter Ltd", "the strangers passphrase");
    // The owner signs up too and confirms their own link; the stranger's link dies with it.
    const ownersLink = await signUpAndGetLink(email, "Owner GmbH");
    await confirmSignUp(ownersLink);
    expect(await verifyCredentials(email, PASSWORD)).not.toBeNull();
    expect(await verifyCredentials(email, "the strangers passphrase")).toBeNull();
    await expect(confirmSignUp(strangersLink)).rejects.toThrow(/not valid any more/);

    // An invitation to an address with a pending sign-up is accepted as a new account.
    const invited = uniqueEmail("invited");
    const squatLink = await signUpAndGetLink(invited, "Squatter Two");
    const { admin } = await createOrganization("Inviting");
    const { token } = await createInvitation(admin, { email: invited, role: "LEGAL" });
    await acceptInvitationAsNewUser({ token, name: "Invitee", password: PASSWORD });
    expect(await verifyCredentials(invited, PASSWORD)).not.toBeNull();
    await expect(confirmSignUp(squatLink)).rejects.toThrow(/exists already/);
  });

  it("resends a fresh link for an unconfirmed sign-up (the old link stops working), and nothing for an account", async () => {
    const email = uniqueEmail("resend");
    const first = await signUpAndGetLink(email);
    await resendSignUpLink({ email }, null);
    await expect.poll(() => mailsTo(smtp.messages, email).length).toBe(2);
    const second = linkToken(one(mailsTo(smtp.messages, email), 1, "resent mail"), "/verify-email/");
    expect(second).not.toBe(first);
    await expect(confirmSignUp(first)).rejects.toThrow(/not valid any more/);
    await confirmSignUp(second);
    await resendSignUpLink({ email }, null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(smtp.messages, email)).toHaveLength(2);
  });

  it("caps sign-up mails per address and refuses a network address that asks too often", async () => {
    const email = uniqueEmail("flood");
    for (let i = 0; i < 5; i++)
      await requestSignUp({ name: "F", email, password: PASSWORD, organizationName: "Flood" }, "203.0.113.7");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsTo(smtp.messages, email)).toHaveLength(3);
    for (let i = 0; i < 20; i++) await allowAccountMail("signup", uniqueEmail("spent"), "203.0.113.8");
    await expect(
      requestSignUp(
        { name: "F", email: uniqueEmail("x"), password: PASSWORD, organizationName: "Flood" },
        "203.0.113.8",
      ),
    ).rejects.toThrow(/Too many requests/);
  });

  it("rejects a weak password before touching the database", async () => {
    const before = await db().pendingSignUp.count();
    await expect(
      requestSignUp({ name: "W", email: uniqueEmail(), password: "short", organizationName: "Weak Org" }, null),
    ).rejects.toThrow(/at least 12/);
    await expect(
      requestSignUp({ name: "W", email: uniqueEmail(), password: "password1234", organizationName: "Weak Org" }, null),
    ).rejects.toThrow(/too common/);
    expect(await db().pendingSignUp.count()).toBe(before);
  });
});
