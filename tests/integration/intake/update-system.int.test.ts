import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { CURRENT_RULE_SET_ID } from "@/lib/rules";
import { createSystem, getSystem, isClassificationStale, updateSystem } from "@/lib/dal/systems/systems";
import { ZSystemIntakeUpdate } from "@/lib/validations/system";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { auditEvents, cvScreeningInput, parsedIntake } from "./intake-fixtures";

async function setUp() {
  const org = await createOrganization("Edit");
  const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
  const { id } = await createSystem(officer, parsedIntake());
  return { ...org, officer, id };
}

function edit(id: string, expectedVersion: number, overrides: Parameters<typeof cvScreeningInput>[0] = {}) {
  return ZSystemIntakeUpdate.parse({ ...cvScreeningInput(overrides), id, expectedVersion });
}

describe("editing an AI system's intake", () => {
  it("saves with the version it loaded, bumps the version and audits only the changed fields", async () => {
    const { officer, admin, id } = await setUp();
    const saved = await updateSystem(
      officer,
      edit(id, 1, { businessUnit: "People & Culture", memberStates: ["DE", "FR", "IT"] }),
    );
    expect(saved).toEqual({ id, version: 2 });
    expect(await getSystem(admin, id)).toMatchObject({
      businessUnit: "People & Culture",
      memberStates: ["DE", "FR", "IT"],
      version: 2,
      updatedById: officer.userId,
    });
    const events = await auditEvents(id);
    expect(events.map((e) => e.action)).toEqual(["system.created", "system.updated"]);
    const updated = one(events, 1, "system.updated audit event");
    expect(updated.before).toEqual({ businessUnit: "HR", memberStates: ["DE", "FR"], version: 1 });
    expect(updated.after).toEqual({ businessUnit: "People & Culture", memberStates: ["DE", "FR", "IT"], version: 2 });
  });

  it("refuses the second of two edits from the same revision, naming who changed it, and keeps the first", async () => {
    const { officer, organizationId, admin, id } = await setUp();
    const colleague = await addMember(organizationId, "ADMIN");
    await db().user.update({ where: { id: colleague.userId }, data: { name: "Grace Hopper" } });
    await updateSystem(colleague, edit(id, 1, { vendor: "Vendor A" }));
    await expect(updateSystem(officer, edit(id, 1, { vendor: "Vendor B" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Changed by Grace Hopper at .+ UTC; reload to see their changes/),
    });
    expect(await getSystem(admin, id)).toMatchObject({ vendor: "Vendor A", version: 2 });
    expect((await auditEvents(id)).map((e) => e.action)).toEqual(["system.created", "system.updated"]);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const { officer, admin, id } = await setUp();
    const results = await Promise.allSettled([
      updateSystem(officer, edit(id, 1, { vendor: "First" })),
      updateSystem(admin, edit(id, 1, { vendor: "Second" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await getSystem(admin, id)).version).toBe(2);
  });

  it("does not bump the version or audit when nothing changed", async () => {
    const { officer, admin, id } = await setUp();
    expect(await updateSystem(officer, edit(id, 1))).toEqual({ id, version: 1 });
    expect((await getSystem(admin, id)).version).toBe(1);
    expect(await auditEvents(id)).toHaveLength(1);
  });

  it("turns a draft into a complete record", async () => {
    const { officer, admin, id } = await setUp();
    await updateSystem(officer, edit(id, 1, { isDraft: true }));
    expect((await getSystem(admin, id)).isDraft).toBe(true);
    await updateSystem(officer, edit(id, 2, { isDraft: false }));
    expect((await getSystem(admin, id)).isDraft).toBe(false);
  });

  it("updates model versions and unlinks removed models and datasets without deleting the shared dataset", async () => {
    const { officer, organizationId, admin, id } = await setUp();
    await updateSystem(
      officer,
      edit(id, 1, {
        models: [
          {
            name: "ranker",
            registryName: "hr/ranker",
            versions: [
              { version: "1", stage: "Archived" },
              { version: "2", stage: "Production" },
            ],
          },
          { name: "parser", registryName: "", versions: [] },
        ],
        datasets: [],
      }),
    );
    const system = await getSystem(admin, id);
    const ranker = system.models.find((m) => m.model.name === "ranker")!.model;
    expect(ranker.versions).toEqual(
      expect.arrayContaining([
        { version: "1", stage: "Archived" },
        { version: "2", stage: "Production" },
      ]),
    );
    expect(system.models.map((m) => m.model.name).sort()).toEqual(["parser", "ranker"]);
    expect(system.datasets).toEqual([]);
    expect(await db().dataset.count({ where: { organizationId } })).toBe(1);
    const updated = one(await auditEvents(id), 1, "system.updated audit event");
    expect(Object.keys(updated.after as object).sort()).toEqual(["datasets", "models", "version"]);
  });

  it.each(["LEGAL", "MANAGER", "AUDITOR"] as const)("refuses a %s with FORBIDDEN and changes nothing", async (role) => {
    const { organizationId, admin, id } = await setUp();
    const reader = await addMember(organizationId, role);
    await expect(updateSystem(reader, edit(id, 1, { vendor: "Nope" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getSystem(admin, id)).toMatchObject({ vendor: "TalentCo", version: 1 });
  });

  it("answers NOT_FOUND for another organisation's system and changes nothing", async () => {
    const { admin, id } = await setUp();
    const other = await createOrganization("Other");
    await expect(updateSystem(other.admin, edit(id, 1, { vendor: "Intruder" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getSystem(admin, id)).toMatchObject({ vendor: "TalentCo", version: 1 });
  });

  it("marks the classification stale once the intake changes after the run", async () => {
    const { officer, organizationId, admin, id } = await setUp();
    const run = await db().classificationRun.create({
      data: {
        organizationId,
        systemId: id,
        sequence: 1,
        answers: {},
        result: {},
        ruleSetId: CURRENT_RULE_SET_ID,
        systemVersion: 1,
        tier: "HIGH",
        disposition: "FINAL",
      },
    });
    await db().aiSystem.update({ where: { id }, data: { currentRunId: run.id, tier: "HIGH" } });
    expect(isClassificationStale(await getSystem(admin, id))).toBe(false);
    await updateSystem(officer, edit(id, 1, { humanOversight: "Two recruiters review every ranking." }));
    expect(isClassificationStale(await getSystem(admin, id))).toBe(true);
  });
});
