import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bulkAssignOwner, bulkSetLifecycle } from "@/lib/dal/systems/system-bulk";
import { one } from "../../helpers/expect-defined";
import { addMember } from "../../helpers/factories";
import { inventoryOrganization } from "./inventory-fixtures";

async function refs(ids: string[]) {
  return db().aiSystem.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
}

async function snapshot(ids: string[]) {
  return db().aiSystem.findMany({
    where: { id: { in: ids } },
    select: { id: true, ownerId: true, lifecycleStage: true, version: true },
    orderBy: { id: "asc" },
  });
}

const bulkEvents = (organizationId: string) =>
  db().auditEvent.findMany({ where: { organizationId, action: "system.bulk_updated" }, orderBy: { sequence: "asc" } });

describe("bulk assign owner", () => {
  it("sets the owner of every selected system in one go, with one audit event and a version bump per changed system", async () => {
    const { admin, organizationId, ids } = await inventoryOrganization();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const selected = [ids.credit, ids.chatbot, ids.cv];
    // Credit scoring is already owned by the admin: it is left alone.
    const result = await bulkAssignOwner(officer, { systems: await refs(selected), ownerId: admin.userId });
    expect(result).toEqual({ changed: 2, unchanged: 1 });
    const after = await snapshot(selected);
    expect(after.every((s) => s.ownerId === admin.userId)).toBe(true);
    expect(after.find((s) => s.id === ids.credit)?.version).toBe(1);
    expect(after.find((s) => s.id === ids.chatbot)?.version).toBe(2);
    const events = await bulkEvents(organizationId);
    expect(events.map((e) => e.systemId).sort()).toEqual([ids.chatbot, ids.cv].sort());
    expect(events[0]).toMatchObject({
      entityType: "AiSystem",
      actorId: officer.userId,
      before: { ownerId: null },
      after: { ownerId: admin.userId },
    });
  });

  it("removes the owner with 'none'", async () => {
    const { admin, ids } = await inventoryOrganization();
    await bulkAssignOwner(admin, { systems: await refs([ids.credit]), ownerId: "none" });
    expect(one(await snapshot([ids.credit])).ownerId).toBeNull();
  });

  it("refuses an owner who is not a member of the organisation", async () => {
    const { admin, ids } = await inventoryOrganization();
    const other = await inventoryOrganization();
    await expect(
      bulkAssignOwner(admin, { systems: await refs([ids.chatbot]), ownerId: other.admin.userId }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerId: ["Choose an owner from this organisation."] },
    });
  });

  it("refuses roles without system.write and changes nothing", async () => {
    const { organizationId, admin, ids } = await inventoryOrganization();
    for (const role of ["LEGAL", "MANAGER", "AUDITOR"] as const) {
      const actor = await addMember(organizationId, role);
      await expect(
        bulkAssignOwner(actor, { systems: await refs([ids.chatbot]), ownerId: admin.userId }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await snapshot([ids.chatbot]))[0]).toMatchObject({ ownerId: null, version: 1 });
    expect(await bulkEvents(organizationId)).toEqual([]);
  });

  it("answers NOT_FOUND when the selection includes another organisation's system, and changes nothing at all", async () => {
    const mine = await inventoryOrganization();
    const theirs = await inventoryOrganization();
    const selection = await refs([mine.ids.chatbot, theirs.ids.chatbot]);
    await expect(bulkAssignOwner(mine.admin, { systems: selection, ownerId: mine.admin.userId })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    expect((await snapshot([mine.ids.chatbot, theirs.ids.chatbot])).map((s) => s.ownerId)).toEqual([null, null]);
    expect(await bulkEvents(mine.organizationId)).toEqual([]);
    expect(await bulkEvents(theirs.organizationId)).toEqual([]);
  });

  it("reports a conflict when a selected system changed after it was displayed, and rolls the whole batch back", async () => {
    const { admin, organizationId, ids } = await inventoryOrganization();
    const seen = await refs([ids.chatbot, ids.cv]);
    await db().aiSystem.update({
      where: { id: ids.cv },
      data: { name: "CV screening v2", version: { increment: 1 }, updatedById: admin.userId },
    });
    await expect(bulkAssignOwner(admin, { systems: seen, ownerId: admin.userId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^“CV screening v2” was changed by Test ADMIN at .*reload/),
    });
    expect((await snapshot([ids.chatbot, ids.cv])).map((s) => s.ownerId)).toEqual([null, null]);
    expect(await bulkEvents(organizationId)).toEqual([]);
  });

  it("rejects an empty selection", async () => {
    const { admin } = await inventoryOrganization();
    await expect(bulkAssignOwner(admin, { systems: [], ownerId: admin.userId })).rejects.toThrow();
  });
});

describe("bulk change lifecycle stage", () => {
  it("moves the selected systems to the stage, audited per system", async () => {
    const { admin, organizationId, ids } = await inventoryOrganization();
    const result = await bulkSetLifecycle(admin, {
      systems: await refs([ids.cv, ids.draft, ids.chatbot]),
      lifecycleStage: "PILOT",
    });
    expect(result).toEqual({ changed: 2, unchanged: 1 });
    const events = await bulkEvents(organizationId);
    expect(events).toHaveLength(2);
    expect(events.map((e) => [e.before, e.after])).toContainEqual([
      { lifecycleStage: "PLANNED" },
      { lifecycleStage: "PILOT" },
    ]);
    expect((await snapshot([ids.cv]))[0]).toMatchObject({ lifecycleStage: "PILOT", version: 2 });
  });

  it("refuses an auditor", async () => {
    const { organizationId, ids } = await inventoryOrganization();
    const auditor = await addMember(organizationId, "AUDITOR");
    await expect(
      bulkSetLifecycle(auditor, { systems: await refs([ids.cv]), lifecycleStage: "RETIRED" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
