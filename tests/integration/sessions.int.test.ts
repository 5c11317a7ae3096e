import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createOrganization as createOrganizationFor,
  switchOrganization,
  getViewer,
} from "@/lib/dal/accounts/organizations";
import { createAuthSession, resolveSession, revokeAuthSession } from "@/lib/dal/accounts/internal/sessions";
import { addMember, createOrganization } from "../helpers/factories";

describe("sessions and organisation switching", () => {
  it("resolves a live session and stops resolving it after sign-out or expiry", async () => {
    const { organizationId, admin } = await createOrganization();
    const { sessionId } = await createAuthSession(admin.userId);
    expect(await resolveSession(sessionId)).toEqual({ kind: "user", userId: admin.userId, sessionId, organizationId });
    await revokeAuthSession(sessionId);
    expect(await resolveSession(sessionId)).toBeNull();
    const second = await createAuthSession(admin.userId);
    await db().authSession.update({ where: { id: second.sessionId }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resolveSession(second.sessionId)).toBeNull();
  });

  it("switches between organisations the user belongs to, and only those", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const stranger = await createOrganization("C");
    const user = await addMember(a.organizationId, "LEGAL");
    await db().membership.create({ data: { userId: user.userId, organizationId: b.organizationId, role: "AUDITOR" } });
    const { sessionId } = await createAuthSession(user.userId);
    const actor = (await resolveSession(sessionId))!;
    expect(actor.organizationId).toBe(a.organizationId);
    await switchOrganization(actor, b.organizationId);
    const switched = (await resolveSession(sessionId))!;
    expect(switched.organizationId).toBe(b.organizationId);
    expect((await getViewer(switched)).role).toBe("AUDITOR");
    await expect(switchOrganization(switched, stranger.organizationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await resolveSession(sessionId))!.organizationId).toBe(b.organizationId);
  });

  it("creates a further organisation with the creator as admin and makes it active", async () => {
    const a = await createOrganization("A");
    const { sessionId } = await createAuthSession(a.admin.userId);
    const actor = (await resolveSession(sessionId))!;
    const { organizationId } = await createOrganizationFor(actor, { organizationName: "Subsidiary GmbH" });
    expect((await resolveSession(sessionId))!.organizationId).toBe(organizationId);
    const viewer = await getViewer((await resolveSession(sessionId))!);
    expect(viewer.organizations.map((o) => o.role)).toEqual(["ADMIN", "ADMIN"]);
  });
});
