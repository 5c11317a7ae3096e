import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/crypto/password";
import { db } from "@/lib/db/client";
import {
  acceptInvitation,
  acceptInvitationAsNewUser,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from "@/lib/dal/accounts/invitations";
import { createAccount } from "@/lib/dal/accounts/internal/accounts";
import { addMember, createOrganization, uniqueEmail } from "../helpers/factories";

const PASSWORD = "a long enough passphrase";

describe("invitations", () => {
  it("lets a new person accept by link: account and membership with the invited role", async () => {
    const { organizationId, admin } = await createOrganization("Inviting");
    const email = uniqueEmail("newbie");
    const { token } = await createInvitation(admin, { email, role: "LEGAL" });
    expect(await previewInvitation(token)).toMatchObject({
      status: "valid",
      email,
      role: "LEGAL",
      accountExists: false,
    });
    await acceptInvitationAsNewUser({ token, name: "New Person", password: PASSWORD });
    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId, role: "LEGAL" })]);
    expect(await previewInvitation(token)).toEqual({ status: "used" });
    await expect(acceptInvitationAsNewUser({ token, name: "Again", password: PASSWORD })).rejects.toThrow(
      /already been accepted/,
    );
  });

  it("stores only a hash of the link's secret", async () => {
    const { admin } = await createOrganization();
    const { token, invitationId } = await createInvitation(admin, { email: uniqueEmail(), role: "AUDITOR" });
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lets an existing user join a second organisation", async () => {
    const email = uniqueEmail("existing");
    const account = {
      name: "Existing",
      email,
      passwordHash: await hashPassword(PASSWORD),
      organizationName: "Own Org",
    };
    const { userId, organizationId: own } = await db().$transaction((tx) => createAccount(tx, account));
    const other = await createOrganization("Other");
    const { token } = await createInvitation(other.admin, { email, role: "COMPLIANCE_OFFICER" });
    await acceptInvitation({ kind: "user", userId, organizationId: own }, token);
    expect(await db().membership.count({ where: { userId } })).toBe(2);
  });

  it("refuses a signed-in user whose email differs from the invitation", async () => {
    const { admin, organizationId } = await createOrganization();
    const { token } = await createInvitation(admin, { email: uniqueEmail("intended"), role: "LEGAL" });
    const stranger = await addMember((await createOrganization()).organizationId, "LEGAL");
    await expect(acceptInvitation(stranger, token)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().membership.count({ where: { organizationId } })).toBe(1);
  });

  it("reports malformed, unknown, expired and withdrawn links clearly", async () => {
    const { admin } = await createOrganization();
    expect(await previewInvitation("not-a-token")).toEqual({ status: "malformed" });
    expect(await previewInvitation("A".repeat(43))).toEqual({ status: "unknown" });
    const expired = await createInvitation(admin, { email: uniqueEmail(), role: "LEGAL" });
    await db().invitation.update({
      where: { id: expired.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await previewInvitation(expired.token)).toEqual({ status: "expired" });
    await expect(acceptInvitationAsNewUser({ token: expired.token, name: "Late", password: PASSWORD })).rejects.toThrow(
      /expired/,
    );
    const withdrawn = await createInvitation(admin, { email: uniqueEmail(), role: "LEGAL" });
    await revokeInvitation(admin, withdrawn.invitationId);
    expect(await previewInvitation(withdrawn.token)).toEqual({ status: "revoked" });
    expect((await listInvitations(admin)).map((i) => i.id)).not.toContain(withdrawn.invitationId);
  });

  it("refuses to invite an existing member and to withdraw another organisation's invitation", async () => {
    const a = await createOrganization("A");
    const member = await db().user.findUniqueOrThrow({ where: { id: a.admin.userId } });
    await expect(createInvitation(a.admin, { email: member.email, role: "LEGAL" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const b = await createOrganization("B");
    const { invitationId } = await createInvitation(b.admin, { email: uniqueEmail(), role: "LEGAL" });
    await expect(revokeInvitation(a.admin, invitationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
