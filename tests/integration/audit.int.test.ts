import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AUDIT_GENESIS as AUDIT_GENESIS_HASH, auditHashOf as auditHash } from "@/lib/audit/hash";
import { createInvitation, revokeInvitation } from "@/lib/dal/accounts/invitations";
import { one } from "../helpers/expect-defined";
import { createOrganization, uniqueEmail } from "../helpers/factories";

describe("audit trail", () => {
  it("chains every event of an organisation by hash, in sequence", async () => {
    const { organizationId, admin } = await createOrganization();
    const { invitationId } = await createInvitation(admin, { email: uniqueEmail(), role: "LEGAL" });
    await revokeInvitation(admin, invitationId);
    const events = await db().auditEvent.findMany({ where: { organizationId }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => [e.sequence, e.action])).toEqual([
      [1, "invitation.created"],
      [2, "invitation.revoked"],
    ]);
    let prev = AUDIT_GENESIS_HASH;
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      const { id: _id, hash, prevHash: _p, ...fields } = e;
      expect(auditHash(prev, fields)).toBe(hash);
      prev = hash;
    }
    expect(one(events).actorId).toBe(admin.userId);
  });

  it("keeps sequences gap-free under concurrent writers", async () => {
    const { organizationId, admin } = await createOrganization();
    await Promise.all(
      Array.from({ length: 8 }, () => createInvitation(admin, { email: uniqueEmail(), role: "AUDITOR" })),
    );
    const sequences = (await db().auditEvent.findMany({ where: { organizationId }, orderBy: { sequence: "asc" } })).map(
      (e) => e.sequence,
    );
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("refuses UPDATE and DELETE of audit events at the database", async () => {
    const { organizationId, admin } = await createOrganization();
    await createInvitation(admin, { email: uniqueEmail(), role: "LEGAL" });
    await expect(db().auditEvent.updateMany({ where: { organizationId }, data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().auditEvent.deleteMany({ where: { organizationId } })).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count({ where: { organizationId, action: "invitation.created" } })).toBe(1);
  });
});
