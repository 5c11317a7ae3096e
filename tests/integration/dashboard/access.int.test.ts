import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/access/permissions";
import { getDashboard, getDashboardFilterOptions } from "@/lib/dal/dashboard/dashboard";
import { addMember, createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";

describe("dashboard access and tenancy", () => {
  it.each(ROLES)("is open to every role (%s)", async (role) => {
    const org = await createOrganization("Roles");
    await makeSystem(org.organizationId, { tier: "HIGH" });
    const member = await addMember(org.organizationId, role);
    await expect(getDashboard(member, {})).resolves.toMatchObject({ systems: { total: 1 } });
  });

  it("refuses an actor without an organisation, or with one they do not belong to", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    await expect(getDashboard({ ...a.admin, organizationId: null }, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDashboard({ ...a.admin, organizationId: b.organizationId }, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getDashboardFilterOptions({ ...a.admin, organizationId: b.organizationId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("never counts another organisation's systems or obligations, even when filtered by its owner or unit", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const foreign = await makeSystem(b.organizationId, {
      tier: "PROHIBITED",
      businessUnit: "Secret unit",
      ownerId: b.admin.userId,
      roles: ["provider"],
      disposition: "REQUIRES_REVIEW",
    });
    await addObligations(b.organizationId, foreign, [
      { article: "Art 27", dueDate: "2020-01-01", ownerId: b.admin.userId },
    ]);
    for (const filters of [{}, { owner: b.admin.userId }, { unit: "Secret unit" }, { role: "provider" as const }]) {
      const d = await getDashboard(a.admin, filters);
      expect(d.systems.total).toBe(0);
      expect(d.readiness.overall).toEqual({ applicable: 0, done: 0 });
      expect(d.timeline).toEqual([]);
      expect(d.attention).toMatchObject({
        prohibitedInUse: { total: 0 },
        awaitingReview: { total: 0 },
        overdueObligations: 0,
      });
    }
    const options = await getDashboardFilterOptions(a.admin);
    expect(options.units).toEqual([]);
    expect(options.owners.map((o) => o.id)).toEqual([a.admin.userId]);
  });

  it("offers the organisation's business units and members as filter choices", async () => {
    const org = await createOrganization("Options");
    const manager = await addMember(org.organizationId, "MANAGER");
    await makeSystem(org.organizationId, { businessUnit: "Retail" });
    await makeSystem(org.organizationId, { businessUnit: "Insurance" });
    await makeSystem(org.organizationId, { businessUnit: "Retail" });
    await makeSystem(org.organizationId, { businessUnit: "" });
    const options = await getDashboardFilterOptions(manager);
    expect(options.units).toEqual(["Insurance", "Retail"]);
    expect(options.owners.map((o) => o.id).sort()).toEqual([org.admin.userId, manager.userId].sort());
  });
});
