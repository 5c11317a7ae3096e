import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changeMemberRole, listMembers } from "@/lib/dal/accounts/members";
import {
  claimRotatedSession,
  createAuthSession,
  hasRotationTicket,
  resolveSession,
} from "@/lib/dal/accounts/internal/sessions";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";

async function legalWithSession() {
  const { organizationId, admin } = await createOrganization("Rotation");
  const legal = await addMember(organizationId, "LEGAL");
  const { sessionId } = await createAuthSession(legal.userId, organizationId);
  const membershipId = (await listMembers(admin)).find((m) => m.userId === legal.userId)!.membershipId;
  return { organizationId, admin, legal, sessionId, membershipId };
}

describe("session rotation on a change of privilege", () => {
  it("the old session id stops working at once and is exchanged exactly once for a new one", async () => {
    const { organizationId, admin, legal, sessionId, membershipId } = await legalWithSession();
    expect(await resolveSession(sessionId)).toMatchObject({ userId: legal.userId });
    await changeMemberRole(admin, { membershipId, role: "MANAGER" });

    expect(await resolveSession(sessionId)).toBeNull();
    expect(await hasRotationTicket(sessionId)).toBe(true);
    const [first, second] = await Promise.all([claimRotatedSession(sessionId), claimRotatedSession(sessionId)]);
    const winners = [first, second].filter((s): s is string => s !== null);
    expect(winners).toHaveLength(1);
    const winner = one(winners, 0, "the claimed session");
    expect(winner).not.toBe(sessionId);
    expect(await resolveSession(winner)).toMatchObject({ userId: legal.userId, organizationId });
    // A copy of the old cookie is now worthless.
    expect(await claimRotatedSession(sessionId)).toBeNull();
    expect(await resolveSession(sessionId)).toBeNull();
  });

  it("the new session keeps the old expiry (rotation never extends a session)", async () => {
    const { admin, sessionId, membershipId } = await legalWithSession();
    const before = await db().authSession.findUniqueOrThrow({ where: { id: sessionId } });
    await changeMemberRole(admin, { membershipId, role: "AUDITOR" });
    const next = await claimRotatedSession(sessionId);
    expect((await db().authSession.findUniqueOrThrow({ where: { id: next! } })).expiresAt).toEqual(before.expiresAt);
  });

  it("a signed-out, expired or unrelated session cannot be exchanged", async () => {
    const { admin, legal, membershipId, organizationId } = await legalWithSession();
    const expired = await createAuthSession(legal.userId, organizationId);
    await db().authSession.update({
      where: { id: expired.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await changeMemberRole(admin, { membershipId, role: "MANAGER" });
    expect(await claimRotatedSession(expired.sessionId)).toBeNull();
    expect(await claimRotatedSession("not-a-session")).toBeNull();
  });

  it("a failed role change rotates nothing", async () => {
    const { admin, organizationId } = await legalWithSession();
    const { sessionId } = await createAuthSession(admin.userId, organizationId);
    const own = (await listMembers(admin)).find((m) => m.userId === admin.userId)!;
    await expect(changeMemberRole(admin, { membershipId: own.membershipId, role: "LEGAL" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await resolveSession(sessionId)).not.toBeNull();
    expect(await hasRotationTicket(sessionId)).toBe(false);
  });
});
