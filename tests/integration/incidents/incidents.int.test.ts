import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createIncident,
  findIncidentSystems,
  getIncident,
  listIncidents,
  listRunningIncidentClocks,
  updateIncident,
} from "@/lib/dal/incidents/incidents";
import { closeIncident, recordCompleteReport, recordInitialReport } from "@/lib/dal/incidents/reports";
import { ZIncidentInput, ZIncidentListQuery, ZIncidentUpdate } from "@/lib/validations/incidents";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { highRiskSetup, incidentInput } from "./helpers";

const update = (incident: { id: string; version: number }, fields: Record<string, unknown> = {}) =>
  ZIncidentUpdate.parse({
    incidentId: incident.id,
    version: incident.version,
    status: "OPEN",
    title: "Wrongful loan refusals",
    harm: "FUNDAMENTAL_RIGHTS",
    awareAt: "2026-11-20T09:00",
    ...fields,
  });

describe("createIncident", () => {
  it("numbers incidents per organisation, computes the Art 73 deadline, audits and queues the webhook", async () => {
    const { organizationId, systemId } = await highRiskSetup();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await db().webhook.create({
      data: { organizationId, url: "https://hooks.example/x", secret: "s", events: ["incident.created"] },
    });
    const first = await createIncident(
      officer,
      incidentInput(systemId, { harm: "DEATH", awareAt: "2026-11-20T09:00" }),
    );
    const second = await createIncident(officer, incidentInput(systemId));
    expect([first.reference, second.reference]).toEqual(["INC-0001", "INC-0002"]);
    expect(first.deadline?.toISOString()).toBe("2026-11-30T09:00:00.000Z");
    expect(second.deadline?.toISOString()).toBe("2026-12-05T09:00:00.000Z");
    const other = await highRiskSetup("Other org system");
    expect((await createIncident(other.admin, incidentInput(other.systemId))).reference).toBe("INC-0001");
    expect(await db().auditEvent.count({ where: { organizationId, action: "incident.created" } })).toBe(2);
    const delivery = await db().webhookDelivery.findFirstOrThrow({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
    });
    expect(delivery.payload).toMatchObject({
      event: "incident.created",
      data: { reference: "INC-0001", harm: "DEATH", systemId },
    });
  });

  it("requires harm and awareness date for an open incident, next to the fields", () => {
    const bad = ZIncidentInput.safeParse({ systemId: "x", status: "OPEN", title: "Something", harm: "", awareAt: "" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["harm", "awareAt"]));
    const future = ZIncidentInput.safeParse({
      systemId: "x",
      status: "DRAFT",
      title: "Something",
      awareAt: "2999-01-01T00:00",
    });
    expect(future.error?.issues[0]).toMatchObject({ path: ["awareAt"], message: expect.stringContaining("future") });
    expect(ZIncidentInput.safeParse({ systemId: "x", status: "DRAFT", title: "Draft only" }).success).toBe(true);
  });

  it("refuses roles without incident.manage and systems of another organisation", async () => {
    const { organizationId, systemId } = await highRiskSetup();
    const manager = await addMember(organizationId, "MANAGER");
    await expect(createIncident(manager, incidentInput(systemId))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await createOrganization("Stranger");
    await expect(createIncident(stranger.admin, incidentInput(systemId))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { systemId: [expect.any(String)] },
    });
    expect(await db().incident.count({ where: { systemId } })).toBe(0);
  });
});

describe("updating, reporting and closing", () => {
  it("edits with the version, refuses a stale version naming who won, and keeps the row unchanged", async () => {
    const { admin, organizationId, systemId } = await highRiskSetup();
    const legal = await addMember(organizationId, "LEGAL");
    const created = await createIncident(admin, incidentInput(systemId));
    await expect(
      updateIncident(legal, update(created, { correctiveActions: "Model rolled back to v3." })),
    ).resolves.toEqual({ version: 2 });
    await expect(updateIncident(admin, update(created, { title: "Stale edit" }))).rejects.toMatchObject({
      code: "CONFLICT",
      stale: true,
      message: expect.stringMatching(/^Changed by Test LEGAL at .* UTC; reload/),
    });
    const row = await getIncident(admin, created.id);
    expect(row).toMatchObject({
      title: "Wrongful loan refusals",
      correctiveActions: "Model rolled back to v3.",
      version: 2,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "incident.updated" },
    });
    expect(audit.after).toEqual({ correctiveActions: "Model rolled back to v3." });
  });

  it("hides another organisation's incident as not found, for reading and for every change", async () => {
    const { admin, systemId } = await highRiskSetup();
    const created = await createIncident(admin, incidentInput(systemId));
    const stranger = await createOrganization("Stranger");
    await expect(getIncident(stranger.admin, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateIncident(stranger.admin, update(created))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      recordInitialReport(stranger.admin, {
        incidentId: created.id,
        version: 1,
        reportedAt: new Date(),
        reference: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      closeIncident(stranger.admin, { incidentId: created.id, version: 1, reason: "Not ours to close" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listIncidents(stranger.admin, ZIncidentListQuery.parse({}))).total).toBe(0);
  });

  it("stops the clock with the initial report, then records the complete report and closes", async () => {
    const { admin, systemId } = await highRiskSetup();
    const created = await createIncident(
      admin,
      incidentInput(systemId, { harm: "DEATH", awareAt: "2026-11-20T09:00" }),
    );
    expect((await listRunningIncidentClocks(admin)).map((i) => i.id)).toEqual([created.id]);
    await expect(
      recordInitialReport(admin, {
        incidentId: created.id,
        version: 1,
        reportedAt: new Date("2026-11-19T00:00:00Z"),
        reference: "",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reportedAt: [expect.any(String)] } });
    await recordInitialReport(admin, {
      incidentId: created.id,
      version: 1,
      reportedAt: new Date("2026-11-21T10:00:00Z"),
      reference: "MSA-123",
    });
    expect(await listRunningIncidentClocks(admin)).toEqual([]);
    await expect(
      recordInitialReport(admin, {
        incidentId: created.id,
        version: 2,
        reportedAt: new Date("2026-11-21T11:00:00Z"),
        reference: "",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await recordCompleteReport(admin, {
      incidentId: created.id,
      version: 2,
      reportedAt: new Date("2026-11-21T12:00:00Z"),
      reference: "",
    });
    await closeIncident(admin, {
      incidentId: created.id,
      version: 3,
      reason: "Investigation finished; corrective action in place.",
    });
    const row = await getIncident(admin, created.id);
    expect(row).toMatchObject({
      status: "CLOSED",
      initialReportAt: new Date("2026-11-21T10:00:00Z"),
      completeReportAt: new Date("2026-11-21T12:00:00Z"),
    });
    await expect(updateIncident(admin, update({ id: created.id, version: 4 }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("does not let a draft without harm or awareness be reported, nor an open incident go back to draft", async () => {
    const { admin, systemId } = await highRiskSetup();
    const draft = await createIncident(admin, incidentInput(systemId, { status: "DRAFT", harm: "", awareAt: "" }));
    await expect(
      recordInitialReport(admin, { incidentId: draft.id, version: 1, reportedAt: new Date(), reference: "" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const open = await createIncident(admin, incidentInput(systemId));
    await expect(updateIncident(admin, update(open, { status: "DRAFT" }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { status: [expect.any(String)] },
    });
  });
});

describe("listIncidents", () => {
  it("filters by status, system and running clock", async () => {
    const { admin, systemId, organizationId } = await highRiskSetup();
    const otherSystem = (
      await db().aiSystem.create({
        data: { organizationId, name: "Chatbot", memberStates: [], affectedPersons: [], dataCategories: [], roles: [] },
      })
    ).id;
    const a = await createIncident(admin, incidentInput(systemId));
    const b = await createIncident(admin, incidentInput(otherSystem, { status: "DRAFT", harm: "", awareAt: "" }));
    const c = await createIncident(admin, incidentInput(systemId));
    await recordInitialReport(admin, { incidentId: c.id, version: 1, reportedAt: new Date(), reference: "" });
    const ids = async (q: Record<string, string>) =>
      (await listIncidents(admin, ZIncidentListQuery.parse(q))).items.map((i) => i.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: "DRAFT" })).toEqual([b.id]);
    expect(await ids({ systemId })).toEqual([c.id, a.id]);
    expect(await ids({ clock: "running" })).toEqual([a.id]);
  });
});

describe("findIncidentSystems", () => {
  it("lists a system not determined yet that could be high-risk with the high-risk ones, and shows its ceiling", async () => {
    const { organizationId, admin } = await createOrganization("Picker");
    const high = await createSystem(organizationId, "Credit scoring");
    const open = await createSystem(organizationId, "Claims triage");
    const minimal = await createSystem(organizationId, "Spam filter");
    await db().aiSystem.update({
      where: { id: high },
      data: { tier: "HIGH", possibleTier: "HIGH", disposition: "FINAL" },
    });
    await db().aiSystem.update({
      where: { id: open },
      data: { tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" },
    });
    await db().aiSystem.update({
      where: { id: minimal },
      data: { tier: "MINIMAL", possibleTier: "MINIMAL", disposition: "FINAL" },
    });
    const options = await findIncidentSystems(admin, "");
    expect(options.map((o) => [o.name, o.disposition, o.possibleTier])).toEqual([
      ["Claims triage", "UNDETERMINED", "HIGH"],
      ["Credit scoring", "FINAL", "HIGH"],
    ]);
  });
});
