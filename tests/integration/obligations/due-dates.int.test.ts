import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { getObligationPlanning, updateObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { addDays, isoDay, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { ZObligationPlanning } from "@/lib/validations/obligation-planning";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CHATBOT } from "../classification/profiles";

async function classifiedChatbot(organizationId: string) {
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const systemId = await createSystem(organizationId, "Support chatbot");
  await storeClassificationRun(officer, { systemId, answers: CHATBOT });
  const obligations = await db().obligation.findMany({ where: { systemId } });
  return { officer, systemId, obligations };
}

const split = (obligations: { appliesFrom: Date; dueDate: Date | null }[], today: string) => ({
  inForce: obligations.filter((o) => isoDay(o.appliesFrom) <= today),
  later: obligations.filter((o) => isoDay(o.appliesFrom) > today),
});

describe("due dates of newly derived obligations", () => {
  it("plans duties already in force the organisation's lead time ahead, so a new system has nothing overdue", async () => {
    const { organizationId } = await createOrganization("Due");
    const today = todayIso();
    const { officer, obligations } = await classifiedChatbot(organizationId);
    const { inForce, later } = split(obligations, today);
    // The chatbot's transparency duties (Art 50) and AI literacy (Art 4) already apply.
    expect(inForce.length).toBeGreaterThan(0);
    for (const o of inForce) expect(isoDay(o.dueDate)).toBe(addDays(today, 30));
    for (const o of later) expect(isoDay(o.dueDate)).toBe(isoDay(o.appliesFrom));
    const dashboard = await getDashboard(officer, {});
    expect(dashboard.attention.overdueObligations).toBe(0);
  });

  it("uses the lead time set in Settings for duties derived after the change", async () => {
    const { organizationId, admin } = await createOrganization("Lead");
    await updateObligationPlanning(
      admin,
      ZObligationPlanning.parse({ obligationLeadDays: "7", doneRule: "evidence_or_note" }),
    );
    expect(await getObligationPlanning(admin)).toEqual({ obligationLeadDays: 7, doneRule: "evidence_or_note" });
    const today = todayIso();
    const { inForce } = split((await classifiedChatbot(organizationId)).obligations, today);
    expect(inForce.length).toBeGreaterThan(0);
    for (const o of inForce) expect(isoDay(o.dueDate)).toBe(addDays(today, 7));
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "organization.planning_updated" },
    });
    expect(event.after).toEqual({ obligationLeadDays: 7, doneRule: "evidence_or_note" });
  });

  it("refuses a lead time outside 1 to 365 days next to the field, and only lets admins and officers change it", async () => {
    const bad = ZObligationPlanning.safeParse({ obligationLeadDays: "0", doneRule: "evidence" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["obligationLeadDays"], message: "Plan at least 1 day ahead." });
    expect(ZObligationPlanning.safeParse({ obligationLeadDays: "thirty", doneRule: "evidence" }).success).toBe(false);
    const { organizationId } = await createOrganization("Perm");
    const manager = await addMember(organizationId, "MANAGER");
    await expect(
      updateObligationPlanning(manager, { obligationLeadDays: 10, doneRule: "evidence" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Below the data layer, the database keeps the range too.
    await expect(
      db().organization.update({ where: { id: organizationId }, data: { obligationLeadDays: 0 } }),
    ).rejects.toThrow(/obligationLeadDays_range/);
  });
});
