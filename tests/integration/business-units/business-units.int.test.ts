import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { cvScreeningInput } from "../intake/intake-fixtures";

// The business-unit actions exercised whole (session → zod → DAL → database); only the Next.js request context is
// stubbed. The system form's "Add new unit…" and the intake save use the same entry points a browser does.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createBusinessUnitAction } = await import("@/app/(app)/systems/actions");
const { createSystemAction } = await import("@/app/(app)/systems/new/actions");
const { mergeBusinessUnitsAction, renameBusinessUnitAction, deleteBusinessUnitAction } =
  await import("@/app/(app)/settings/business-units/actions");

type Org = Awaited<ReturnType<typeof createOrganization>>;
const units = (organizationId: string) =>
  db().businessUnit.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
const systemsOf = (organizationId: string) =>
  db().aiSystem.findMany({
    where: { organizationId },
    select: { name: true, businessUnit: true, businessUnitId: true },
    orderBy: { name: "asc" },
  });

async function addUnit(name: string) {
  const r = await createBusinessUnitAction({ name });
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

async function addSystem(name: string, businessUnit: string) {
  const r = await createSystemAction(cvScreeningInput({ name, businessUnit, models: [], datasets: [] }));
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("business units", () => {
  let org: Org;
  let officer: UserActor;
  beforeEach(async () => {
    org = await createOrganization("Units");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
  });

  it("are created on the fly by those who edit systems, and a name differing only in case is the same unit", async () => {
    const hr = await addUnit("HR");
    expect(await addUnit("  hr ")).toEqual(hr);
    await addSystem("CV screening", "hr");
    expect(await units(org.organizationId)).toEqual([hr]);
    expect(await systemsOf(org.organizationId)).toEqual([
      { name: "CV screening", businessUnit: "HR", businessUnitId: hr.id },
    ]);
    const created = await db().auditEvent.findMany({
      where: { organizationId: org.organizationId, action: "businessUnit.created" },
    });
    expect(created.map((e) => e.after)).toEqual([{ name: "HR" }]);
  });

  it("refuse a bad name next to the field, and are not created by read-only roles", async () => {
    const long = await createBusinessUnitAction({ name: "x".repeat(121) });
    expect(long).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["Use at most 120 characters."] },
    });
    session.actor = await addMember(org.organizationId, "AUDITOR");
    expect(await createBusinessUnitAction({ name: "Audit" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await units(org.organizationId)).toEqual([]);
  });

  it("merge: every system of one unit moves to the other, the emptied unit is deleted, and it is audited", async () => {
    await addSystem("System A", "Human Resources");
    await addSystem("System B", "Human Resources");
    await addSystem("System C", "HR");
    const [hr, humanResources] = await units(org.organizationId);
    session.actor = org.admin;
    const r = await mergeBusinessUnitsAction({ fromId: humanResources!.id, intoId: hr!.id });
    expect(r).toEqual({ ok: true, data: { moved: 2 } });
    expect(await units(org.organizationId)).toEqual([hr]);
    expect((await systemsOf(org.organizationId)).map((s) => [s.businessUnit, s.businessUnitId])).toEqual([
      ["HR", hr!.id],
      ["HR", hr!.id],
      ["HR", hr!.id],
    ]);
    const [event] = await db().auditEvent.findMany({
      where: { organizationId: org.organizationId, action: "businessUnit.merged" },
    });
    expect(event).toMatchObject({ entityId: hr!.id, after: { systemsMoved: 2, into: { name: "HR" } } });
    expect(event?.before).toMatchObject({ from: { id: humanResources!.id, name: "Human Resources" } });
  });

  it("merge, rename and delete are refused to everyone but administrators", async () => {
    await addSystem("System A", "Human Resources");
    const hr = await addUnit("HR");
    const [, humanResources] = await units(org.organizationId);
    for (const role of ["COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"] as const) {
      session.actor = await addMember(org.organizationId, role);
      expect(await mergeBusinessUnitsAction({ fromId: humanResources!.id, intoId: hr.id })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await renameBusinessUnitAction({ unitId: hr.id, name: "People" })).toMatchObject({ code: "FORBIDDEN" });
      expect(await deleteBusinessUnitAction({ unitId: hr.id })).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await units(org.organizationId)).map((u) => u.name)).toEqual(["HR", "Human Resources"]);
  });

  it("an administrator cannot merge into, from, rename or delete another organisation's unit", async () => {
    await addSystem("Ours", "HR");
    const [ours] = await units(org.organizationId);
    const other = await createOrganization("Other");
    session.actor = other.admin;
    await addSystem("Theirs", "Secret unit");
    const [theirs] = await units(other.organizationId);
    session.actor = org.admin;
    for (const r of [
      await mergeBusinessUnitsAction({ fromId: ours!.id, intoId: theirs!.id }),
      await mergeBusinessUnitsAction({ fromId: theirs!.id, intoId: ours!.id }),
      await renameBusinessUnitAction({ unitId: theirs!.id, name: "Mine now" }),
      await deleteBusinessUnitAction({ unitId: theirs!.id }),
    ])
      expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await systemsOf(org.organizationId)).toEqual([
      { name: "Ours", businessUnit: "HR", businessUnitId: ours!.id },
    ]);
    expect(await units(other.organizationId)).toEqual([theirs]);
    expect((await systemsOf(other.organizationId))[0]?.businessUnitId).toBe(theirs!.id);
  });

  it("rename shows the new name on every system; a clash with another unit asks for a merge", async () => {
    await addSystem("System A", "People");
    await addSystem("System B", "HR");
    const [hr, people] = await units(org.organizationId);
    session.actor = org.admin;
    expect(await renameBusinessUnitAction({ unitId: people!.id, name: "people & culture" })).toEqual({
      ok: true,
      data: null,
    });
    expect((await systemsOf(org.organizationId)).map((s) => s.businessUnit)).toEqual(["people & culture", "HR"]);
    expect(await renameBusinessUnitAction({ unitId: people!.id, name: "hr" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["“HR” already exists: merge into it instead of renaming."] },
    });
    expect((await units(org.organizationId)).map((u) => u.id)).toEqual([hr!.id, people!.id]);
  });

  it("delete removes an unused unit and refuses one that systems still use", async () => {
    await addSystem("System A", "HR");
    const spare = await addUnit("Spare");
    const [hr] = await units(org.organizationId);
    session.actor = org.admin;
    expect(await deleteBusinessUnitAction({ unitId: hr!.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "“HR” still has 1 system: merge it into another unit instead.",
    });
    expect(await deleteBusinessUnitAction({ unitId: spare.id })).toEqual({ ok: true, data: null });
    expect(await units(org.organizationId)).toEqual([hr]);
  });
});

describe("the database itself", () => {
  it("refuses a system that points at another organisation's unit, whoever writes it", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const theirs = await db().businessUnit.create({ data: { organizationId: a.organizationId, name: "Theirs" } });
    await expect(
      db().$executeRaw`INSERT INTO "AiSystem" (id, "organizationId", name, "businessUnitId", "updatedAt")
        VALUES (${"sys-" + b.organizationId}, ${b.organizationId}, 'Sneaky', ${theirs.id}, now())`,
    ).rejects.toThrow(/AiSystem_businessUnitId_org_fk/);
    const mine = await db().aiSystem.create({
      data: { organizationId: b.organizationId, name: "Mine" },
      select: { id: true },
    });
    await expect(
      db().$executeRaw`UPDATE "AiSystem" SET "businessUnitId" = ${theirs.id} WHERE id = ${mine.id}`,
    ).rejects.toThrow(/AiSystem_businessUnitId_org_fk/);
  });

  it("keeps one unit per name ignoring case, and the system's name copy equal to its unit", async () => {
    const { organizationId } = await createOrganization("C");
    await db().businessUnit.create({ data: { organizationId, name: "HR" } });
    await expect(db().businessUnit.create({ data: { organizationId, name: "hr" } })).rejects.toThrow();
    // A writer that only knows names (seed, bulk SQL, an older export) still gets the unit, in its own spelling.
    const s = await db().aiSystem.create({
      data: { organizationId, name: "S", businessUnit: " hr " },
      select: { businessUnit: true, businessUnitId: true },
    });
    const [hr] = await units(organizationId);
    expect(s).toEqual({ businessUnit: "HR", businessUnitId: hr!.id });
  });
});
