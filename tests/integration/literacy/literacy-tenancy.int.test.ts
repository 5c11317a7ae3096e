import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { item, ok, unit, type Org } from "./fixtures";

// Tenancy and roles of the literacy register, through its server actions (session → zod → DAL → database); only the Next.js request
// context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const a = await import("@/app/(app)/literacy/actions");
const { coverageBySystem, systemLiteracy } = await import("@/lib/dal/literacy/coverage");

describe("AI-literacy register: tenancy and roles", () => {
  let org: Org;
  let officer: UserActor;
  beforeEach(async () => {
    org = await createOrganization("Literacy");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
  });

  it("refuses another organisation's person, item, system and business unit", async () => {
    const other = await createOrganization("Other");
    const theirSystem = await createSystem(other.organizationId, "Theirs");
    const theirUnit = await unit(other.organizationId, "Theirs");
    session.actor = other.admin;
    const theirPerson = ok(
      await a.createPersonAction({ name: "T", email: "t@x.example", jobRole: "", businessUnitId: "" }),
    );
    const theirItem = ok(await a.createLearningItemAction(item()));
    session.actor = officer;
    const mine = ok(await a.createPersonAction({ name: "M", email: "m@x.example", jobRole: "", businessUnitId: "" }));
    const myItem = ok(await a.createLearningItemAction(item()));
    const mySystem = await createSystem(org.organizationId, "Mine");

    expect(
      await a.createPersonAction({ name: "X", email: "x@x.example", jobRole: "", businessUnitId: theirUnit.id }),
    ).toMatchObject({ ok: false, fieldErrors: { businessUnitId: [expect.any(String)] } });
    expect(
      await a.updatePersonAction({
        personId: theirPerson.id,
        name: "X",
        email: "t@x.example",
        jobRole: "",
        businessUnitId: "",
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.deletePersonAction({ personId: theirPerson.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.deleteLearningItemAction({ itemId: theirItem.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.updateLearningItemAction({ ...item(), itemId: theirItem.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await a.updateLearningItemAction({ ...item({ allSystems: false, systemIds: [theirSystem] }), itemId: myItem.id }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { systemIds: [expect.any(String)] },
    });
    expect(await a.createLearningItemAction(item({ allSystems: false, systemIds: [theirSystem] }))).toMatchObject({
      ok: false,
      fieldErrors: { systemIds: [expect.any(String)] },
    });
    const rec = { completedOn: "2026-01-01", expiresOn: "", evidenceNote: "", evidenceUrl: "" };
    expect(await a.recordCompletionAction({ ...rec, personId: theirPerson.id, itemId: myItem.id })).toMatchObject({
      ok: false,
      fieldErrors: { personId: [expect.any(String)] },
    });
    expect(await a.recordCompletionAction({ ...rec, personId: mine.id, itemId: theirItem.id })).toMatchObject({
      ok: false,
      fieldErrors: { itemId: [expect.any(String)] },
    });
    expect(await a.assignOperatorAction({ systemId: theirSystem, personId: mine.id, role: "OPERATOR" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await a.assignOperatorAction({ systemId: mySystem, personId: theirPerson.id, role: "OPERATOR" }),
    ).toMatchObject({ ok: false, fieldErrors: { personId: [expect.any(String)] } });
    expect(await db().literacyCompletion.count({ where: { organizationId: org.organizationId } })).toBe(0);

    // The database refuses the same rows written directly (composite tenant foreign keys).
    const o = org.organizationId;
    await expect(
      db().literacyPerson.create({
        data: { organizationId: o, name: "X", email: "y@x.example", businessUnitId: theirUnit.id },
      }),
    ).rejects.toThrow();
    await expect(
      db().learningItemSystem.create({ data: { organizationId: o, itemId: myItem.id, systemId: theirSystem } }),
    ).rejects.toThrow();
    await expect(
      db().literacyCompletion.create({
        data: { organizationId: o, personId: theirPerson.id, itemId: myItem.id, completedOn: new Date() },
      }),
    ).rejects.toThrow();
    await expect(
      db().literacyCompletion.create({
        data: { organizationId: o, personId: mine.id, itemId: theirItem.id, completedOn: new Date() },
      }),
    ).rejects.toThrow();
    await expect(
      db().systemOperator.create({
        data: { organizationId: o, personId: mine.id, systemId: theirSystem, role: "OPERATOR" },
      }),
    ).rejects.toThrow();
    await expect(
      db().systemOperator.create({
        data: { organizationId: o, personId: theirPerson.id, systemId: mySystem, role: "OPERATOR" },
      }),
    ).rejects.toThrow();
  });

  it("shows nobody of another organisation's system, even when it has trained operators", async () => {
    const other = await createOrganization("Other");
    const theirSystem = await createSystem(other.organizationId, "Theirs");
    session.actor = other.admin;
    const p = ok(await a.createPersonAction({ name: "T", email: "t@x.example", jobRole: "", businessUnitId: "" }));
    ok(await a.assignOperatorAction({ systemId: theirSystem, personId: p.id, role: "OPERATOR" }));
    expect((await systemLiteracy(other.admin, theirSystem)).people).toHaveLength(1);
    expect(await systemLiteracy(officer, theirSystem)).toEqual({
      coverage: { total: 0, trained: 0, lapsed: 0 },
      people: [],
    });
  });

  it("lets everyone read but only those who edit systems write", async () => {
    session.actor = await addMember(org.organizationId, "AUDITOR");
    expect(
      await a.createPersonAction({ name: "X", email: "x@x.example", jobRole: "", businessUnitId: "" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await a.importPeopleAction({ csv: "Name,Email\nX,x@x.example\n" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await expect(coverageBySystem(session.actor)).resolves.toMatchObject({ systems: [] });
  });
});
