import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { item, ok, unit, type Org } from "./fixtures";

// Editing the register from a person's page: their trainings (removed when recorded by mistake), their systems, and
// the paginated search of the People tab; through the server actions and the DAL the pages call.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const a = await import("@/app/(app)/literacy/actions");
const { getPerson, searchPeople, PEOPLE_PAGE_SIZE } = await import("@/lib/dal/literacy/person-detail");
const { getLearningItem } = await import("@/lib/dal/literacy/items");

const person = (name: string, email: string) => ({ name, email, jobRole: "", businessUnitId: "" });
const rec = { completedOn: "2026-01-10", expiresOn: "", evidenceNote: "Attendance list", evidenceUrl: "" };

describe("AI-literacy register: a person's page", () => {
  let org: Org;
  let officer: UserActor;
  beforeEach(async () => {
    org = await createOrganization("Literacy edit");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
  });

  it("shows a person's trainings with expiry and evidence, and removes one recorded by mistake, audited", async () => {
    const p = ok(await a.createPersonAction(person("Ann", "ann@x.example")));
    const i = ok(await a.createLearningItemAction(item({ validityMonths: "12" })));
    const bad = await a.recordCompletionAction({ ...rec, personId: p.id, itemId: i.id, evidenceUrl: "javascript:x" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { evidenceUrl: [expect.any(String)] } });
    const c = ok(
      await a.recordCompletionAction({ ...rec, personId: p.id, itemId: i.id, evidenceUrl: "https://lms.example/c/1" }),
    );
    expect(c.expiresOn).toBe("2027-01-10");
    const detail = await getPerson(officer, p.id, "2027-01-11");
    expect(detail.completionList).toEqual([
      expect.objectContaining({
        itemTitle: "AI basics",
        completedOn: "2026-01-10",
        expiresOn: "2027-01-10",
        current: false,
        evidenceUrl: "https://lms.example/c/1",
        evidenceNote: "Attendance list",
      }),
    ]);
    ok(await a.deleteCompletionAction({ completionId: c.id }));
    expect(await db().literacyCompletion.count({ where: { personId: p.id } })).toBe(0);
    expect(
      await db().auditEvent.findFirst({
        where: { organizationId: org.organizationId, action: "literacyCompletion.deleted" },
      }),
    ).toMatchObject({ entityId: c.id, before: expect.objectContaining({ person: "ann@x.example" }) });
    expect(await a.deleteCompletionAction({ completionId: c.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("assigns a person to a system from their page and lists it; an item keeps all its systems for editing", async () => {
    const p = ok(await a.createPersonAction(person("Bo", "bo@x.example")));
    const systems = await Promise.all(Array.from({ length: 60 }, (_, n) => createSystem(org.organizationId, `S${n}`)));
    const [first] = systems as [string];
    expect(await a.assignOperatorAction({ systemId: "", personId: p.id, role: "OPERATOR" })).toMatchObject({
      ok: false,
      fieldErrors: { systemId: ["Choose an AI system."] },
    });
    ok(await a.assignOperatorAction({ systemId: first, personId: p.id, role: "OVERSIGHT" }));
    expect((await getPerson(officer, p.id)).assignments).toEqual([
      { systemId: first, systemName: "S0", role: "OVERSIGHT" },
    ]);
    const i = ok(await a.createLearningItemAction(item({ allSystems: false, systemIds: systems })));
    expect((await getLearningItem(officer, i.id)).systems).toHaveLength(60);
  });

  it("refuses another organisation's person, completion and item on the read and the write", async () => {
    const other = await createOrganization("Other");
    session.actor = other.admin;
    const theirs = ok(await a.createPersonAction(person("T", "t@x.example")));
    const theirItem = ok(await a.createLearningItemAction(item()));
    const theirC = ok(await a.recordCompletionAction({ ...rec, personId: theirs.id, itemId: theirItem.id }));
    session.actor = officer;
    expect(await a.deleteCompletionAction({ completionId: theirC.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().literacyCompletion.count({ where: { id: theirC.id } })).toBe(1);
    await expect(getPerson(officer, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getLearningItem(officer, theirItem.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await searchPeople(officer, { q: "t@x" })).total).toBe(0);
  });

  it("only those who edit systems remove a training; an auditor reads the person", async () => {
    const p = ok(await a.createPersonAction(person("Cy", "cy@x.example")));
    const i = ok(await a.createLearningItemAction(item()));
    const c = ok(await a.recordCompletionAction({ ...rec, personId: p.id, itemId: i.id }));
    const auditor = await addMember(org.organizationId, "AUDITOR");
    session.actor = auditor;
    expect(await a.deleteCompletionAction({ completionId: c.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await getPerson(auditor, p.id)).completionList).toHaveLength(1);
  });

  it("searches people by name, e-mail, role or unit, a page at a time", async () => {
    const rows = Array.from({ length: PEOPLE_PAGE_SIZE + 5 }, (_, n) => ({
      organizationId: org.organizationId,
      name: `Person ${String(n).padStart(3, "0")}`,
      email: `p${n}@x.example`,
      jobRole: n === 7 ? "Credit analyst" : "",
    }));
    await db().literacyPerson.createMany({ data: rows });
    const first = await searchPeople(officer, {});
    expect(first).toMatchObject({ total: PEOPLE_PAGE_SIZE + 5, page: 1, pages: 2 });
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    const second = await searchPeople(officer, { page: 2 });
    expect(second.people.map((p) => p.name)).toContain(`Person ${String(PEOPLE_PAGE_SIZE + 4).padStart(3, "0")}`);
    expect((await searchPeople(officer, { page: 99 })).page).toBe(2);
    expect((await searchPeople(officer, { q: "credit" })).people.map((p) => p.email)).toEqual(["p7@x.example"]);
    // By unit name (the units are looked up first, then people by unit id) and by part of an e-mail, any case.
    const claims = await unit(org.organizationId, "Claims handling");
    await db().literacyPerson.update({
      where: { id: first.people[3]!.id },
      data: { businessUnitId: claims.id },
    });
    expect((await searchPeople(officer, { q: "CLAIMS" })).people.map((p) => p.name)).toEqual(["Person 003"]);
    expect((await searchPeople(officer, { q: "P12@X" })).people.map((p) => p.email)).toEqual(["p12@x.example"]);
  });
});
