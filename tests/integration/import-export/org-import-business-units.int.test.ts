import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { date, type Doc, importerWrote, systemRow, type Victim } from "./org-import-attacks";
import { freshImportCase, postImport } from "./org-import-case";

// Business units travel in the organisation export and are written before the systems that point at them. The
// import route is exercised whole, as the browser calls it; only the session lookup and Next's cache are stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let a: Victim;
let b: { organizationId: string; admin: UserActor };
let doc: Doc;
beforeEach(async () => {
  ({ a, b, doc } = await freshImportCase(session));
});

const unitRow = (id: string, organizationId: string, name: string) => ({ id, organizationId, name, createdAt: date() });
const systemsOf = (organizationId: string) =>
  db().aiSystem.findMany({
    where: { organizationId },
    select: { name: true, businessUnit: true, unit: { select: { id: true, name: true, organizationId: true } } },
    orderBy: { name: "asc" },
  });

describe("organisation import of business units", () => {
  it("recreates the units under new ids in the importing organisation and links the systems to them", async () => {
    doc.tables.businessUnit = [unitRow("u1", a.organizationId, "HR")];
    doc.tables.aiSystem = [
      { ...systemRow("s1", doc.organization.id), businessUnit: "Stale text", businessUnitId: "u1" },
      { ...systemRow("s2", doc.organization.id), businessUnit: "", businessUnitId: null },
    ];
    const { status, body } = await postImport(doc);
    expect(status, body.error).toBe(200);
    const [s1, s2] = await systemsOf(b.organizationId);
    // The unit is the importer's own (a fresh id), and the name copy follows the unit, not the file's text.
    expect(s1).toMatchObject({ businessUnit: "HR", unit: { name: "HR", organizationId: b.organizationId } });
    expect(s1?.unit?.id).not.toBe("u1");
    expect(s2).toMatchObject({ businessUnit: "", unit: null });
    expect(await db().businessUnit.count({ where: { organizationId: a.organizationId } })).toBe(0);
  }, 60_000);

  it("refuses a system that points at another organisation's unit: whole file rejected, nothing written", async () => {
    const theirs = await db().businessUnit.create({ data: { organizationId: a.organizationId, name: "Victim unit" } });
    doc.tables.aiSystem = [{ ...systemRow("s1", doc.organization.id), businessUnitId: theirs.id }];
    const { status, body } = await postImport(doc);
    expect(status).toBe(422);
    expect(body.error).toMatch(/aiSystem.*row 1.*businessUnitId/);
    expect(await importerWrote(b.organizationId)).toBe(0);
    expect(await db().businessUnit.count({ where: { organizationId: b.organizationId } })).toBe(0);
    expect(await db().businessUnit.findMany({ where: { organizationId: a.organizationId } })).toEqual([theirs]);
  }, 60_000);

  it("turns the unit names of a file from before units existed into units, one per name ignoring case", async () => {
    delete doc.tables.businessUnit;
    doc.tables.aiSystem = [
      { ...systemRow("s1", doc.organization.id), businessUnit: "Human Resources" },
      { ...systemRow("s2", doc.organization.id), businessUnit: " human resources" },
    ];
    const { status, body } = await postImport(doc);
    expect(status, body.error).toBe(200);
    const systems = await systemsOf(b.organizationId);
    expect(systems.map((s) => s.businessUnit)).toEqual(["Human Resources", "Human Resources"]);
    expect(new Set(systems.map((s) => s.unit?.id)).size).toBe(1);
  }, 60_000);
});
