import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyMyOrganizationChain, verifyOrganizationChain } from "@/lib/dal/core/audit-verify";
import { createInvitation } from "@/lib/dal/accounts/invitations";
import { addMember, createOrganization, uniqueEmail } from "../../helpers/factories";

// Tampering needs the trigger out of the way, as a database superuser would do it.
async function tamper(sql: string) {
  await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await tx.$executeRawUnsafe(sql);
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  });
}

describe("audit chain verification against the database", () => {
  it("reports an intact chain, then the first altered and the first removed event", async () => {
    const { organizationId, admin } = await createOrganization();
    for (let i = 0; i < 3; i++) await createInvitation(admin, { email: uniqueEmail(), role: "LEGAL" });
    expect(await verifyOrganizationChain(organizationId)).toMatchObject({ ok: true, events: 3 });

    await tamper(
      `UPDATE "AuditEvent" SET "after" = '{"role":"ADMIN"}' WHERE "organizationId" = '${organizationId}' AND sequence = 2`,
    );
    expect(await verifyOrganizationChain(organizationId)).toMatchObject({ ok: false, brokenAt: 2 });

    await tamper(`DELETE FROM "AuditEvent" WHERE "organizationId" = '${organizationId}' AND sequence = 1`);
    expect(await verifyOrganizationChain(organizationId)).toMatchObject({
      ok: false,
      brokenAt: 1,
      problem: expect.stringMatching(/#1 is missing/),
    });
  });

  it("is for administrators, legal and auditors only", async () => {
    const { organizationId } = await createOrganization();
    await expect(verifyMyOrganizationChain(await addMember(organizationId, "AUDITOR"))).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      verifyMyOrganizationChain(await addMember(organizationId, "COMPLIANCE_OFFICER")),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
