import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addComment } from "@/lib/dal/obligations/comments";
import { listSystemObligations, updateObligation } from "@/lib/dal/obligations/obligations";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { auditActions, createObligation, readiness } from "./helpers";

const edit = (o: { id: string; version: number }, changes: Partial<Record<string, string>> = {}) =>
  ZUpdateObligation.parse({
    obligationId: o.id,
    version: o.version,
    status: "IN_PROGRESS",
    ownerId: "",
    dueDate: "",
    notApplicableReason: "",
    ...changes,
  });

async function setup() {
  const org = await createOrganization("Obl");
  const systemId = await createSystem(org.organizationId, "Credit scoring");
  const a = await createObligation(org.organizationId, systemId);
  const b = await createObligation(org.organizationId, systemId, { article: "Art 10", title: "Data governance" });
  await db().$transaction((tx) => refreshReadiness(tx, systemId));
  return { ...org, systemId, a, b };
}

describe("updateObligation", () => {
  it("sets status, owner and due date, bumps the version, audits and refreshes readiness", async () => {
    const { organizationId, admin, systemId, a } = await setup();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    expect(await readiness(systemId)).toEqual({ obligationsApplicable: 2, obligationsDone: 0 });

    await expect(
      updateObligation(
        officer,
        edit(a, {
          status: "DONE",
          ownerId: admin.userId,
          dueDate: "2027-06-30",
          completionNote: "Reviewed in the risk committee.",
        }),
      ),
    ).resolves.toEqual({ version: 2 });
    const row = await db().obligation.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "DONE", ownerId: admin.userId, version: 2, dueDate: new Date("2027-06-30") });
    expect(await readiness(systemId)).toEqual({ obligationsApplicable: 2, obligationsDone: 1 });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, entityId: a.id, action: "obligation.updated" },
    });
    expect(event).toMatchObject({
      systemId,
      before: { status: "NOT_STARTED", ownerId: null, dueDate: "2027-12-02" },
      after: { status: "DONE", ownerId: admin.userId, dueDate: "2027-06-30" },
    });
  });

  it("requires a justification for 'not applicable' (field error) and counts it as done once given", async () => {
    const { admin, systemId, a } = await setup();
    const bare = ZUpdateObligation.safeParse({
      obligationId: a.id,
      version: 1,
      status: "NOT_APPLICABLE",
      ownerId: "",
      dueDate: "",
      notApplicableReason: " ",
    });
    expect(bare.success).toBe(false);
    expect(bare.error?.issues[0]).toMatchObject({
      path: ["notApplicableReason"],
      message: expect.stringContaining("Explain why"),
    });

    await updateObligation(
      admin,
      edit(a, {
        status: "NOT_APPLICABLE",
        notApplicableReason: "We only deploy this system; the provider is the vendor.",
      }),
    );
    expect(await readiness(systemId)).toEqual({ obligationsApplicable: 2, obligationsDone: 1 });
    const row = await db().obligation.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.notApplicableReason).toMatch(/only deploy/);

    await updateObligation(
      admin,
      edit({ id: a.id, version: 2 }, { status: "IN_PROGRESS", notApplicableReason: "left over" }),
    );
    expect((await db().obligation.findUniqueOrThrow({ where: { id: a.id } })).notApplicableReason).toBe("");
    expect(await readiness(systemId)).toEqual({ obligationsApplicable: 2, obligationsDone: 0 });
  });

  it("rejects an owner from outside the organisation as a field error", async () => {
    const { admin, a } = await setup();
    const other = await createOrganization("Other");
    await expect(updateObligation(admin, edit(a, { ownerId: other.admin.userId }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerId: [expect.any(String)] },
    });
    expect((await db().obligation.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
  });

  it("refuses a stale version with a message naming who changed it, and changes nothing", async () => {
    const { organizationId, admin, a } = await setup();
    const legal = await addMember(organizationId, "LEGAL");
    await updateObligation(legal, edit(a, { status: "DONE", completionNote: "Confirmed by the vendor contract." }));
    const error = await updateObligation(admin, edit(a, { status: "NOT_STARTED" })).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        /^Changed by Test LEGAL at .+ UTC; reload to see their changes\. Your input is still here\.$/,
      ),
    });
    expect(await db().obligation.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "DONE",
      version: 2,
    });
  });

  it("keeps obsolete obligations read-only", async () => {
    const { organizationId, admin, systemId } = await setup();
    const old = await createObligation(organizationId, systemId, { obsoleteAt: new Date("2026-09-01T10:00:00Z") });
    await expect(updateObligation(admin, edit(old))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("no longer applies since 1 Sept 2026"),
    });
  });

  it("is FORBIDDEN for read-only roles and NOT_FOUND across organisations, with nothing changed", async () => {
    const { organizationId, a } = await setup();
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      const viewer = await addMember(organizationId, role);
      await expect(updateObligation(viewer, edit(a))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addComment(viewer, { obligationId: a.id, body: "hi" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const stranger = await createOrganization("Stranger");
    await expect(updateObligation(stranger.admin, edit(a))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addComment(stranger.admin, { obligationId: a.id, body: "hi" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listSystemObligations(stranger.admin, a.systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().obligation.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "NOT_STARTED",
      version: 1,
    });
    expect(await db().comment.count({ where: { obligationId: a.id } })).toBe(0);
    expect(await auditActions(organizationId, a.id)).toEqual([]);
  });
});

describe("comments and the system's obligation list", () => {
  it("adds comments with author and time, audited, and lists them with the obligation", async () => {
    const { organizationId, systemId, a } = await setup();
    const legal = await addMember(organizationId, "LEGAL");
    const comment = await addComment(legal, { obligationId: a.id, body: "Risk register is in SharePoint." });
    expect(comment).toMatchObject({
      body: "Risk register is in SharePoint.",
      author: { name: "Test LEGAL" },
      createdAt: expect.any(Date),
    });
    expect(await auditActions(organizationId, a.id)).toEqual(["obligation.commented"]);

    const auditor = await addMember(organizationId, "AUDITOR");
    const list = await listSystemObligations(auditor, systemId);
    expect(list.map((o) => o.article)).toEqual(["Art 9", "Art 10"]);
    const listed = list.find((o) => o.id === a.id)!;
    expect(listed.comments).toEqual([
      expect.objectContaining({ body: "Risk register is in SharePoint.", author: { name: "Test LEGAL" } }),
    ]);
    expect(listed._count.evidence).toBe(0);
  });
});
