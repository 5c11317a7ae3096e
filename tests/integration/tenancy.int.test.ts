import { describe, expect, it } from "vitest";
import { authorize } from "@/lib/dal/core/authorize";
import { listMembers } from "@/lib/dal/accounts/members";
import { getSystem } from "@/lib/dal/systems/systems";
import { listSystems } from "@/lib/dal/systems/system-list";
import { addMember, createOrganization, createSystem } from "../helpers/factories";

const query = { page: 1, pageSize: 25, sort: "name" as const };

describe("organisation scoping", () => {
  it("lists only the actor's organisation's systems", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    await createSystem(a.organizationId, "Alpha scoring");
    await createSystem(b.organizationId, "Beta chatbot");
    const { rows, total } = await listSystems(a.admin, query);
    expect(total).toBe(1);
    expect(rows.map((r) => r.name)).toEqual(["Alpha scoring"]);
  });

  it("answers NOT_FOUND for another organisation's system id", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const foreign = await createSystem(b.organizationId, "Secret system");
    await expect(getSystem(a.admin, foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSystem(b.admin, foreign)).resolves.toMatchObject({ name: "Secret system" });
  });

  it("does not trust an organisation id the actor is not a member of", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const forged = { ...a.admin, organizationId: b.organizationId };
    await expect(listSystems(forged, query)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listMembers(forged)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an actor without any organisation", async () => {
    const a = await createOrganization("A");
    await expect(authorize({ ...a.admin, organizationId: null }, "system.read")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("searches by name, vendor and owner within the organisation only", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    await createSystem(a.organizationId, "Fraud radar");
    await createSystem(b.organizationId, "Fraud radar (other org)");
    const viewer = await addMember(a.organizationId, "AUDITOR");
    const { rows } = await listSystems(viewer, { ...query, q: "fraud" });
    expect(rows.map((r) => r.name)).toEqual(["Fraud radar"]);
  });
});
