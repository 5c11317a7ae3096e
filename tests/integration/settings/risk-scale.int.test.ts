import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { getRiskLabels } from "@/lib/dal/risks/scale";
import { DEFAULT_RISK_LABELS } from "@/lib/risks/labels";
import type { TRiskScale } from "@/lib/validations/risk-scale";
import { addMember, createOrganization } from "../../helpers/factories";

// The settings action is exercised whole (session → zod → DAL); only the Next.js request context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateRiskScaleAction } = await import("@/app/(app)/settings/risk-scale/actions");

const LIKELIHOOD = ["Once a decade", "Yearly", "Quarterly", "Monthly", "Weekly"];
const IMPACT = ["Trivial", "Noticeable", "Serious", "Grave", "Catastrophic"];
const input = (likelihood = LIKELIHOOD, impact = IMPACT): TRiskScale => ({
  likelihood1: likelihood[0]!,
  likelihood2: likelihood[1]!,
  likelihood3: likelihood[2]!,
  likelihood4: likelihood[3]!,
  likelihood5: likelihood[4]!,
  impact1: impact[0]!,
  impact2: impact[1]!,
  impact3: impact[2]!,
  impact4: impact[3]!,
  impact5: impact[4]!,
});
const events = (organizationId: string) =>
  db().auditEvent.findMany({
    where: { organizationId, action: "organization.risk_scale_updated" },
    orderBy: { sequence: "asc" },
  });
const stored = (organizationId: string) =>
  db().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { riskLikelihoodLabels: true, riskImpactLabels: true },
  });

describe("the organisation's risk scale (Settings → Risk scale)", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  beforeEach(async () => {
    org = await createOrganization("Scale");
  });

  it("shows the default words until an administrator names the steps, then every member reads them", async () => {
    const auditor = await addMember(org.organizationId, "AUDITOR");
    expect(await getRiskLabels(auditor)).toEqual(DEFAULT_RISK_LABELS);
    session.actor = org.admin;
    const result = await updateRiskScaleAction(input([" Once a decade ", ...LIKELIHOOD.slice(1)]));
    expect(result).toEqual({ ok: true, data: { likelihoodLabels: LIKELIHOOD, impactLabels: IMPACT } });
    expect(await getRiskLabels(auditor)).toEqual({ likelihoodLabels: LIKELIHOOD, impactLabels: IMPACT });
    const [event, ...more] = await events(org.organizationId);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      actorId: org.admin.userId,
      entityType: "Organization",
      entityId: org.organizationId,
      before: { likelihood: [...DEFAULT_RISK_LABELS.likelihoodLabels], impact: [...DEFAULT_RISK_LABELS.impactLabels] },
      after: { likelihood: LIKELIHOOD, impact: IMPACT },
    });
  });

  it("writes no event when nothing changed, and stores the defaults as none (so they stay the code's)", async () => {
    session.actor = org.admin;
    await updateRiskScaleAction(input());
    await updateRiskScaleAction(input());
    expect(await events(org.organizationId)).toHaveLength(1);
    const defaults = input([...DEFAULT_RISK_LABELS.likelihoodLabels], [...DEFAULT_RISK_LABELS.impactLabels]);
    expect((await updateRiskScaleAction(defaults)).ok).toBe(true);
    expect(await stored(org.organizationId)).toEqual({ riskLikelihoodLabels: [], riskImpactLabels: [] });
    expect(await events(org.organizationId)).toHaveLength(2);
  });

  it.each(["COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"] as const)(
    "refuses a %s and changes nothing",
    async (role) => {
      session.actor = await addMember(org.organizationId, role);
      expect(await updateRiskScaleAction(input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await stored(org.organizationId)).toEqual({ riskLikelihoodLabels: [], riskImpactLabels: [] });
      expect(await events(org.organizationId)).toHaveLength(0);
    },
  );

  it("names the step that is empty, too long or repeated, and stores nothing", async () => {
    session.actor = org.admin;
    const bad = { ...input(), likelihood2: "  ", impact4: "x".repeat(41), impact5: " trivial " };
    const result = await updateRiskScaleAction(bad);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        likelihood2: ["Name this step."],
        impact4: ["Keep it to 40 characters or fewer."],
        impact5: ["Each step needs its own name: step 1 is already called this."],
      },
    });
    expect(result.ok === false && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "impact4",
      "impact5",
      "likelihood2",
    ]);
    expect(await stored(org.organizationId)).toEqual({ riskLikelihoodLabels: [], riskImpactLabels: [] });
  });

  it("changes only the administrator's own organisation", async () => {
    const other = await createOrganization("Other");
    session.actor = org.admin;
    await updateRiskScaleAction(input());
    expect(await getRiskLabels(other.admin)).toEqual(DEFAULT_RISK_LABELS);
  });
});
