import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { coverageBySystem as pureBySystem, trainedSystems } from "@/lib/literacy/coverage";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { item, ok, unit, type Org } from "./fixtures";

// The literacy register through its server actions (session → zod → DAL → database); only the Next.js request
// context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const a = await import("@/app/(app)/literacy/actions");
const { coverageBySystem, coverageByUnit, systemLiteracy } = await import("@/lib/dal/literacy/coverage");

describe("AI-literacy register", () => {
  let org: Org;
  let officer: UserActor;
  beforeEach(async () => {
    org = await createOrganization("Literacy");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
  });

  it("keeps people with unique e-mails ignoring case, edits and deletes them, auditing each step", async () => {
    const hr = await unit(org.organizationId, "HR");
    const p = ok(
      await a.createPersonAction({
        name: "Ann",
        email: "Ann@Example.com",
        jobRole: "Recruiter",
        businessUnitId: hr.id,
      }),
    );
    const dup = await a.createPersonAction({
      name: "Ann 2",
      email: "ann@example.COM",
      jobRole: "",
      businessUnitId: "",
    });
    expect(dup).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("already")] } });
    ok(
      await a.updatePersonAction({
        personId: p.id,
        name: "Ann B",
        email: "ann@example.com",
        jobRole: "Lead",
        businessUnitId: "",
      }),
    );
    expect(await db().literacyPerson.findUnique({ where: { id: p.id } })).toMatchObject({
      name: "Ann B",
      businessUnitId: null,
    });
    ok(await a.deletePersonAction({ personId: p.id }));
    const actions = await db().auditEvent.findMany({
      where: { organizationId: org.organizationId, action: { startsWith: "literacyPerson." } },
      orderBy: { sequence: "asc" },
    });
    expect(actions.map((e) => e.action)).toEqual([
      "literacyPerson.created",
      "literacyPerson.updated",
      "literacyPerson.deleted",
    ]);
  });

  it("keeps a person's unit when an administrator merges it into another", async () => {
    const hr = await unit(org.organizationId, "HR");
    const people = await unit(org.organizationId, "People");
    const p = ok(
      await a.createPersonAction({ name: "Ann", email: "ann@x.example", jobRole: "", businessUnitId: hr.id }),
    );
    session.actor = org.admin;
    const { mergeBusinessUnitsAction } = await import("@/app/(app)/settings/business-units/actions");
    ok(await mergeBusinessUnitsAction({ fromId: hr.id, intoId: people.id }));
    expect((await db().literacyPerson.findUnique({ where: { id: p.id } }))?.businessUnitId).toBe(people.id);
  });

  it("refuses to delete a unit people still belong to", async () => {
    const hr = await unit(org.organizationId, "HR");
    ok(await a.createPersonAction({ name: "Ann", email: "ann@x.example", jobRole: "", businessUnitId: hr.id }));
    session.actor = org.admin;
    const { deleteBusinessUnitAction } = await import("@/app/(app)/settings/business-units/actions");
    expect(await deleteBusinessUnitAction({ unitId: hr.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "“HR” still has 1 person in the AI-literacy register: merge it into another unit instead.",
    });
  });

  it("links a person to the member with that e-mail", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: officer.userId } });
    const p = ok(
      await a.createPersonAction({ name: "Me", email: user.email.toUpperCase(), jobRole: "", businessUnitId: "" }),
    );
    expect((await db().literacyPerson.findUnique({ where: { id: p.id } }))?.userId).toBe(officer.userId);
  });

  it("imports staff by CSV: labels as headers, units by name, existing people skipped", async () => {
    await unit(org.organizationId, "Customer service");
    ok(await a.createPersonAction({ name: "Old", email: "old@x.example", jobRole: "", businessUnitId: "" }));
    const csv =
      "Name,E-mail,Job role,Business unit\nBo,bo@x.example,Agent,customer service\nOld,OLD@x.example,,\nCy,cy@x.example,,\n";
    expect(ok(await a.importPeopleAction({ csv }))).toEqual({ created: 2, skipped: 1, errors: [] });
    const bo = await db().literacyPerson.findFirst({
      where: { organizationId: org.organizationId, email: "bo@x.example" },
      include: { unit: true },
    });
    expect(bo?.unit?.name).toBe("Customer service");
  });

  it("refuses a CSV with bad rows whole, naming row, column, value and the allowed values", async () => {
    await unit(org.organizationId, "HR");
    const csv = "Name;Email;Business unit\nBo;not-an-email;HR\n;cy@x.example;Sales\n";
    const r = ok(await a.importPeopleAction({ csv }));
    expect(r.created).toBe(0);
    expect(r.errors).toEqual([
      { row: 2, column: "E-mail", value: "not-an-email", message: "Enter an e-mail address." },
      { row: 3, column: "Business unit", value: "Sales", message: "Not a business unit. Allowed: HR." },
      { row: 3, column: "Name", value: "", message: "Enter the person's name." },
    ]);
    expect(await db().literacyPerson.count({ where: { organizationId: org.organizationId } })).toBe(0);
    const noHeader = await a.importPeopleAction({ csv: "Who,Where\nx,y\n" });
    expect(noHeader).toMatchObject({ ok: false, fieldErrors: { csv: [expect.stringContaining("Name and E-mail")] } });
  });

  it("words the file's problems in the importer's language, keeping the file's own values (issue #22)", async () => {
    await unit(org.organizationId, "HR");
    const csv = "Name;Email;Business unit\nBo;not-an-email;HR\n;cy@x.example;Sales\n";
    session.actor = { ...officer, locale: "de" };
    const german = ok(await a.importPeopleAction({ csv }));
    expect(german.errors.map((e) => [e.value, e.message])).toEqual([
      ["not-an-email", "Geben Sie eine E-Mail-Adresse ein."],
      ["Sales", "Kein Geschäftsbereich. Erlaubt: HR."],
      ["", "Geben Sie den Namen der Person ein."],
    ]);
    const noHeader = await a.importPeopleAction({ csv: "Who,Where\nx,y\n" });
    expect(noHeader).toMatchObject({
      ok: false,
      fieldErrors: {
        csv: ["Die Kopfzeile braucht die Spalten Name und E-mail (Spalten: Name, E-mail, Job role, Business unit)."],
      },
    });
    session.actor = { ...officer, locale: "fr" };
    const french = ok(await a.importPeopleAction({ csv }));
    expect(french.errors[1]?.message).toBe("Pas une unité opérationnelle. Valeurs admises : HR.");
  });

  it("computes the expiry from the refresher cycle and refuses an expiry before completion", async () => {
    const p = ok(await a.createPersonAction({ name: "Di", email: "di@x.example", jobRole: "", businessUnitId: "" }));
    const i = ok(await a.createLearningItemAction(item({ validityMonths: "6" })));
    const rec = {
      personId: p.id,
      itemId: i.id,
      completedOn: "2026-08-31",
      expiresOn: "",
      evidenceNote: "",
      evidenceUrl: "",
    };
    expect(ok(await a.recordCompletionAction(rec)).expiresOn).toBe("2027-02-28");
    const bad = await a.recordCompletionAction({ ...rec, expiresOn: "2026-01-01" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { expiresOn: [expect.any(String)] } });
    const year0 = await a.recordCompletionAction({ ...rec, completedOn: "0000-01-01" });
    expect(year0).toMatchObject({ ok: false, fieldErrors: { completedOn: ["Enter a date between 1900 and 2199."] } });
    const badUrl = await a.recordCompletionAction({ ...rec, evidenceUrl: "javascript:alert(1)" });
    expect(badUrl).toMatchObject({ ok: false, fieldErrors: { evidenceUrl: [expect.any(String)] } });
  });

  it("gives coverage per system and unit that rises with a training, equal to the pure rules", async () => {
    const s1 = await createSystem(org.organizationId, "Chatbot");
    const s2 = await createSystem(org.organizationId, "Scoring");
    await createSystem(org.organizationId, "Nobody's");
    const hr = await unit(org.organizationId, "HR");
    const ann = ok(
      await a.createPersonAction({ name: "Ann", email: "ann@x.example", jobRole: "", businessUnitId: hr.id }),
    );
    const bo = ok(await a.createPersonAction({ name: "Bo", email: "bo@x.example", jobRole: "", businessUnitId: "" }));
    for (const [systemId, personId, role] of [
      [s1, ann.id, "OPERATOR"],
      [s1, ann.id, "OVERSIGHT"],
      [s1, bo.id, "OPERATOR"],
      [s2, bo.id, "OVERSIGHT"],
    ] as const)
      ok(await a.assignOperatorAction({ systemId, personId, role }));
    const chat = ok(
      await a.createLearningItemAction(
        item({ title: "Chatbot", allSystems: false, systemIds: [s1], validityMonths: "" }),
      ),
    );
    const basics = ok(await a.createLearningItemAction(item({ validityMonths: "" })));
    const before = await coverageBySystem(officer, "2026-12-05");
    expect(before.systems.map((s) => [s.name, s.trained, s.total])).toEqual([
      ["Chatbot", 0, 2],
      ["Scoring", 0, 1],
    ]);
    expect(before).toMatchObject({ assigned: 2, unassigned: 1 });
    // A window of the list (the API pages through it) keeps the counts, even past the end.
    const second = await coverageBySystem(officer, "2026-12-05", { offset: 1, limit: 1 });
    expect(second).toMatchObject({ systems: [{ name: "Scoring" }], assigned: 2, unassigned: 1 });
    expect(await coverageBySystem(officer, "2026-12-05", { offset: 5, limit: 10 })).toEqual({
      systems: [],
      assigned: 2,
      unassigned: 1,
    });

    const done = (personId: string, itemId: string, expiresOn = "") =>
      a.recordCompletionAction({
        personId,
        itemId,
        completedOn: "2026-01-10",
        expiresOn,
        evidenceNote: "",
        evidenceUrl: "",
      });
    ok(await done(ann.id, chat.id, "2026-12-05"));
    ok(await done(bo.id, basics.id, "2026-12-04"));
    const today = await coverageBySystem(officer, "2026-12-05");
    expect(today.systems.map((s) => [s.name, s.trained, s.total])).toEqual([
      ["Scoring", 0, 1],
      ["Chatbot", 1, 2],
    ]);
    expect((await coverageBySystem(officer, "2026-12-06")).systems.every((s) => s.trained === 0)).toBe(true);
    expect((await coverageByUnit(officer, "2026-12-05")).map((u) => [u.name, u.trained, u.total])).toEqual([
      ["HR", 1, 1],
      [null, 0, 2],
    ]);
    expect((await systemLiteracy(officer, s1, "2026-12-05")).people).toEqual([
      { personId: ann.id, name: "Ann", role: "OPERATOR,OVERSIGHT", covered: true },
      { personId: bo.id, name: "Bo", role: "OPERATOR", covered: false },
    ]);

    // The SQL and the pure rules agree on the same rows.
    const completions = await db().literacyCompletion.findMany({ where: { organizationId: org.organizationId } });
    const items = await db().learningItem.findMany({
      where: { organizationId: org.organizationId },
      include: { systems: true },
    });
    const assignments = await db().systemOperator.findMany({ where: { organizationId: org.organizationId } });
    const trained = trainedSystems(
      completions.map((c) => ({
        personId: c.personId,
        itemId: c.itemId,
        expiresOn: c.expiresOn?.toISOString().slice(0, 10) ?? null,
      })),
      items.map((i) => ({ id: i.id, allSystems: i.allSystems, systemIds: i.systems.map((s) => s.systemId) })),
      "2026-12-05",
    );
    const pure = pureBySystem(assignments, trained);
    for (const s of today.systems) expect(pure.get(s.systemId)).toEqual({ trained: s.trained, total: s.total });
  });
});
