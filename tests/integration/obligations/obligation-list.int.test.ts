import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listObligationFilterOptions, listOrganisationObligations } from "@/lib/dal/obligations/obligation-list";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { createObligation, daysFromToday } from "./helpers";

async function seed() {
  const org = await createOrganization("List");
  const { organizationId } = org;
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const retail = await createSystem(organizationId, "Credit scoring");
  const hr = await createSystem(organizationId, "CV screening");
  await db().aiSystem.update({ where: { id: retail }, data: { businessUnit: "Retail", tier: "HIGH" } });
  await db().aiSystem.update({ where: { id: hr }, data: { businessUnit: "HR", tier: "LIMITED" } });
  const make = (systemId: string, title: string, fields: Parameters<typeof createObligation>[2] = {}) =>
    createObligation(organizationId, systemId, { title, ...fields });
  await make(retail, "overdue-mine", {
    dueDate: daysFromToday(-3),
    ownerId: officer.userId,
    status: "IN_PROGRESS",
    article: "Art 9",
  });
  await make(retail, "soon-unassigned", {
    dueDate: daysFromToday(10),
    article: "Art 10",
    appliesFrom: new Date("2027-12-02"),
  });
  await make(retail, "in-60-days", { dueDate: daysFromToday(60), ownerId: org.admin.userId, article: "Art 13" });
  await make(hr, "later", {
    dueDate: daysFromToday(400),
    article: "Art 50(1)",
    appliesFrom: new Date("2026-08-02"),
    role: "deployer",
  });
  await make(hr, "no-due-date", { dueDate: null, article: "Art 50(3)", ownerId: officer.userId });
  await make(hr, "done", { status: "DONE", ownerId: officer.userId, dueDate: daysFromToday(-30) });
  await make(hr, "obsolete", { obsoleteAt: new Date(), ownerId: officer.userId });
  // Another organisation's work must never appear.
  const other = await createOrganization("Other");
  const otherSystem = await createSystem(other.organizationId, "Foreign");
  await createObligation(other.organizationId, otherSystem, { title: "foreign", dueDate: daysFromToday(-3) });
  return { ...org, officer, retail, hr, other };
}

const titles = async (actor: Parameters<typeof listOrganisationObligations>[0], params: Record<string, string>) => {
  const { rows, total } = await listOrganisationObligations(actor, parseObligationListParams(params));
  expect(total).toBe(rows.length);
  return rows.map((r) => r.title);
};

describe("listOrganisationObligations", () => {
  it("lists open, current work of the organisation only, sorted by due date with undated last", async () => {
    const { admin } = await seed();
    expect(await titles(admin, {})).toEqual(["overdue-mine", "soon-unassigned", "in-60-days", "later", "no-due-date"]);
    expect(await titles(admin, { sort: "-dueDate" })).toEqual([
      "later",
      "in-60-days",
      "soon-unassigned",
      "overdue-mine",
      "no-due-date",
    ]);
  });

  it("filters by owner (me, none, id), status and due window", async () => {
    const { admin, officer } = await seed();
    expect(await titles(officer, { owner: "me" })).toEqual(["overdue-mine", "no-due-date"]);
    expect(await titles(officer, { view: "mine", status: "DONE" })).toEqual(["overdue-mine", "no-due-date"]);
    expect(await titles(admin, { owner: "none" })).toEqual(["soon-unassigned", "later"]);
    expect(await titles(admin, { owner: admin.userId })).toEqual(["in-60-days"]);
    expect(await titles(admin, { status: "DONE" })).toEqual(["done"]);
    expect(await titles(admin, { status: "IN_PROGRESS,bogus" })).toEqual(["overdue-mine"]);
    expect(await titles(admin, { due: "overdue" })).toEqual(["overdue-mine"]);
    expect(await titles(admin, { due: "30d" })).toEqual(["soon-unassigned"]);
    expect(await titles(admin, { due: "90d" })).toEqual(["soon-unassigned", "in-60-days"]);
    expect(await titles(admin, { due: "later" })).toEqual(["later"]);
    expect(await titles(admin, { due: "none" })).toEqual(["no-due-date"]);
  });

  it("filters by article text, system, business unit, tier and application quarter", async () => {
    const { admin, hr } = await seed();
    expect(await titles(admin, { article: "art 50" })).toEqual(["later", "no-due-date"]);
    expect(await titles(admin, { system: hr })).toEqual(["later", "no-due-date"]);
    expect(await titles(admin, { unit: "Retail" })).toEqual(["overdue-mine", "soon-unassigned", "in-60-days"]);
    expect(await titles(admin, { tier: "LIMITED,MINIMAL" })).toEqual(["later", "no-due-date"]);
    expect(await titles(admin, { quarter: "2026-Q3" })).toEqual(["later"]);
    expect(await titles(admin, { quarter: "2027-Q4", unit: "Retail", owner: "none" })).toEqual(["soon-unassigned"]);
  });

  it("keeps the tenant boundary: a foreign system id or owner id finds nothing", async () => {
    const { admin, other } = await seed();
    const foreignSystem = await db().aiSystem.findFirstOrThrow({
      where: { organizationId: other.organizationId },
      select: { id: true },
    });
    expect(await titles(admin, { system: foreignSystem.id })).toEqual([]);
    expect(await titles(other.admin, {})).toEqual(["foreign"]);
    expect(await titles(admin, { owner: other.admin.userId })).toEqual([]);
    const options = await listObligationFilterOptions(admin, foreignSystem.id);
    expect(options).toEqual({ units: ["HR", "Retail"], systemName: null });
  });

  it("pages on the server", async () => {
    const { admin } = await seed();
    const first = await listOrganisationObligations(admin, parseObligationListParams({}), 2);
    const second = await listOrganisationObligations(admin, parseObligationListParams({ page: "2" }), 2);
    expect(first).toMatchObject({ total: 5, totalCapped: false, hasMore: true });
    expect(second.hasMore).toBe(true);
    expect([...first.rows, ...second.rows].map((r) => r.title)).toEqual([
      "overdue-mine",
      "soon-unassigned",
      "in-60-days",
      "later",
    ]);
  });

  it("filters by the duty's own role, and ignores an unknown role", async () => {
    const { admin } = await seed();
    expect(await titles(admin, { role: "deployer" })).toEqual(["later"]);
    expect(await titles(admin, { role: "warlord" })).toHaveLength(5);
  });
});
