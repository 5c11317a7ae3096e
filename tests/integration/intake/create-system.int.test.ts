import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { getSystem } from "@/lib/dal/systems/systems";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { auditEvents, cvScreeningInput } from "./intake-fixtures";

// The server action is exercised whole (session → zod → DAL); only the Next.js request context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createSystemAction } = await import("@/app/(app)/systems/new/actions");

async function systemCount(organizationId: string) {
  return db().aiSystem.count({ where: { organizationId } });
}

describe("creating an AI system through the intake action", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  beforeEach(async () => {
    org = await createOrganization("Intake");
    session.actor = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
  });

  it("stores every intake field, its models and datasets, and audits the creation", async () => {
    const result = await createSystemAction(cvScreeningInput({ ownerId: org.admin.userId }));
    if (!result.ok) throw new Error(result.error);
    const system = await getSystem(org.admin, result.data.id);
    expect(system).toMatchObject({
      name: "CV screening",
      intendedPurpose: "Filter and rank job applications for recruiters.",
      businessUnit: "HR",
      ownerId: org.admin.userId,
      sourcing: "PROCURED",
      lifecycleStage: "PILOT",
      memberStates: ["DE", "FR"],
      outputUsedInEu: true,
      affectedPersons: ["JOB_APPLICANTS"],
      automationLevel: "HUMAN_IN_THE_LOOP",
      dataCategories: ["PERSONAL"],
      isDraft: false,
      version: 1,
    });
    expect(system.placedOnMarketAt?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(system.models.map((m) => [m.model.name, m.model.registryName, m.model.versions])).toEqual([
      ["ranker", "hr/ranker", [{ version: "1", stage: "Production" }]],
    ]);
    expect(system.datasets.map((d) => d.dataset)).toMatchObject([
      { name: "applications-2025", uri: "s3://hr/applications" },
    ]);
    const event = one(await auditEvents(system.id), 0, "system.created audit event");
    expect(event).toMatchObject({ action: "system.created", entityId: system.id, actorId: session.actor?.userId });
    expect(event.after).toMatchObject({
      name: "CV screening",
      memberStates: ["DE", "FR"],
      models: [{ name: "ranker" }],
    });
  });

  it("refuses an incomplete save with a message per field and writes nothing", async () => {
    const result = await createSystemAction(
      cvScreeningInput({
        intendedPurpose: " ",
        businessUnit: "",
        lifecycleStage: "",
        memberStates: [],
        outputUsedInEu: "",
        placedOnMarketAt: "2026-02-30",
      }),
    );
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "businessUnit",
      "intendedPurpose",
      "lifecycleStage",
      "memberStates",
      "placedOnMarketAt",
    ]);
    expect(result.fieldErrors?.intendedPurpose?.[0]).toMatch(/intended purpose/);
    expect(await systemCount(org.organizationId)).toBe(0);
    expect(await db().aiModel.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("saves a draft with only a name and marks it as a draft", async () => {
    const result = await createSystemAction({
      ...cvScreeningInput(),
      isDraft: true,
      name: "Half-known chatbot",
      intendedPurpose: "",
      businessUnit: "",
      lifecycleStage: "",
      memberStates: [],
      outputUsedInEu: "",
      dataCategories: [],
      models: [],
      datasets: [],
    });
    if (!result.ok) throw new Error(result.error);
    expect(await getSystem(org.admin, result.data.id)).toMatchObject({
      name: "Half-known chatbot",
      isDraft: true,
      intendedPurpose: "",
    });
  });

  it("still requires a name for a draft", async () => {
    const result = await createSystemAction({ ...cvScreeningInput(), isDraft: true, name: "" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: [expect.stringMatching(/name/)] },
    });
    expect(await systemCount(org.organizationId)).toBe(0);
  });

  it("refuses an owner who is not a member of the organisation, next to the owner field", async () => {
    const other = await createOrganization("Other");
    const result = await createSystemAction(cvScreeningInput({ ownerId: other.admin.userId }));
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { ownerId: [expect.stringMatching(/member of your organisation/)] },
    });
    expect(await systemCount(org.organizationId)).toBe(0);
  });

  it.each(["LEGAL", "MANAGER", "AUDITOR"] as const)("refuses a %s with FORBIDDEN", async (role) => {
    session.actor = await addMember(org.organizationId, role);
    const result = await createSystemAction(cvScreeningInput());
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await systemCount(org.organizationId)).toBe(0);
  });

  it("lets an administrator create systems too", async () => {
    session.actor = org.admin;
    expect(await createSystemAction(cvScreeningInput())).toMatchObject({ ok: true });
  });

  it("asks to sign in again when the session has ended", async () => {
    session.actor = null;
    expect(await createSystemAction(cvScreeningInput())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
