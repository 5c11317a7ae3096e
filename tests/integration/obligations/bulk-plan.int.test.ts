import { describe, expect, it } from "vitest";
import { planObligations } from "@/lib/dal/obligations/bulk-plan";
import { db } from "@/lib/db/client";
import { ZPlanObligations } from "@/lib/validations/obligation-plan";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { auditActions, createObligation } from "./helpers";

// planObligationsAction parses with ZPlanObligations and calls planObligations, as here.
const plan = (systemId: string, rows: { id: string; version: number }[], ownerId = "", dueDate = "") =>
  ZPlanObligations.parse({ systemId, obligations: rows.map(({ id, version }) => ({ id, version })), ownerId, dueDate });

async function setup() {
  const { organizationId, admin } = await createOrganization("Plan");
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const systemId = await createSystem(organizationId, "Credit scoring");
  const a = await createObligation(organizationId, systemId, { dueDate: null });
  const b = await createObligation(organizationId, systemId, { dueDate: null });
  const untouched = await createObligation(organizationId, systemId, { dueDate: null });
  return { organizationId, admin, officer, systemId, a, b, untouched };
}

const row = (id: string) => db().obligation.findUniqueOrThrow({ where: { id } });

describe("planning many obligations at once", () => {
  it("sets owner and due date on the chosen obligations only, one audit entry each", async () => {
    const { organizationId, officer, systemId, a, b, untouched } = await setup();
    const result = await planObligations(officer, plan(systemId, [a, b], officer.userId, "2027-03-31"));
    expect(result).toEqual({ updated: 2 });
    for (const o of [a, b]) {
      expect(await row(o.id)).toMatchObject({ ownerId: officer.userId, version: 2 });
      expect((await row(o.id)).dueDate?.toISOString().slice(0, 10)).toBe("2027-03-31");
      expect(await auditActions(organizationId, o.id)).toEqual(["obligation.updated"]);
    }
    expect(await row(untouched.id)).toMatchObject({ ownerId: null, dueDate: null, version: 1 });
  });

  it("leaves the owner as it is when only a date is given", async () => {
    const { admin, officer, systemId, a } = await setup();
    await db().obligation.update({ where: { id: a.id }, data: { ownerId: admin.userId } });
    await planObligations(officer, plan(systemId, [a], "", "2027-01-15"));
    expect(await row(a.id)).toMatchObject({ ownerId: admin.userId, version: 2 });
  });

  it("refuses the whole batch when one id belongs to another organisation", async () => {
    const { officer, systemId, a } = await setup();
    const other = await createOrganization("Victim");
    const victimSystem = await createSystem(other.organizationId, "Victim system");
    const foreign = await createObligation(other.organizationId, victimSystem, { dueDate: null });
    await expect(planObligations(officer, plan(systemId, [a, foreign], officer.userId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await row(foreign.id)).toMatchObject({ ownerId: null, version: 1 });
    expect(await row(a.id)).toMatchObject({ ownerId: null, version: 1 });
  });

  it("refuses an obligation of another system of the same organisation", async () => {
    const { organizationId, officer, systemId, a } = await setup();
    const otherSystem = await createSystem(organizationId, "Chatbot");
    const elsewhere = await createObligation(organizationId, otherSystem, { dueDate: null });
    await expect(planObligations(officer, plan(systemId, [a, elsewhere], officer.userId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await row(elsewhere.id)).toMatchObject({ ownerId: null, version: 1 });
  });

  it("refuses a stale version and changes nothing", async () => {
    const { officer, systemId, a, b } = await setup();
    await db().obligation.update({ where: { id: b.id }, data: { version: 2 } });
    await expect(planObligations(officer, plan(systemId, [a, b], officer.userId))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await row(a.id)).toMatchObject({ ownerId: null, version: 1 });
  });

  it("asks for a member of the organisation as owner, next to the field", async () => {
    const { officer, systemId, a } = await setup();
    const stranger = await createOrganization("Stranger");
    await expect(planObligations(officer, plan(systemId, [a], stranger.admin.userId))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerId: [expect.any(String)] },
    });
  });

  it("is refused to read-only members", async () => {
    const { organizationId, systemId, a } = await setup();
    const auditor = await addMember(organizationId, "AUDITOR");
    await expect(planObligations(auditor, plan(systemId, [a], "", "2027-01-01"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("needs an owner or a date", () => {
    expect(
      ZPlanObligations.safeParse({ systemId: "s", obligations: [{ id: "o", version: 1 }], ownerId: "", dueDate: "" })
        .success,
    ).toBe(false);
  });
});
