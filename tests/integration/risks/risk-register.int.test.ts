import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { TCreateRisk } from "@/lib/validations/risks";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";

// The register's actions exercised whole (session → zod → DAL → database); only the Next.js request context is
// stubbed, so roles, tenancy, version checks and the audit trail are the ones a browser meets.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createRiskAction, updateRiskAction, acceptRiskAction, linkRiskObligationAction, unlinkRiskObligationAction } =
  await import("@/app/(app)/systems/[id]/risks/actions");
const { listRisks } = await import("@/lib/dal/risks/risks");
const { riskHistory } = await import("@/lib/dal/risks/history");

type Org = Awaited<ReturnType<typeof createOrganization>>;

function riskInput(systemId: string, over: Partial<TCreateRisk> = {}): TCreateRisk {
  return {
    systemId,
    title: "Biased ranking of applicants",
    description: "Older applicants ranked lower",
    affectedPersons: "Job applicants",
    fundamentalRights: "Non-discrimination\nData protection\n",
    source: "FRIA",
    likelihood: "4",
    impact: "5",
    residualLikelihood: "",
    residualImpact: "",
    treatment: "",
    mitigation: "",
    ownerId: "",
    nextReviewDate: "2027-03-01",
    status: "OPEN",
    ...over,
  };
}

async function obligationOf(organizationId: string, systemId: string) {
  return db().obligation.create({
    data: {
      organizationId,
      systemId,
      code: "ART9",
      role: "provider",
      article: "Art 9",
      title: "Risk management",
      appliesFrom: new Date("2026-08-02"),
    },
  });
}

async function created(input: TCreateRisk) {
  const r = await createRiskAction(input);
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return r.data.id;
}

describe("the Art 9 risk register", () => {
  let org: Org;
  let officer: UserActor;
  let systemId: string;
  beforeEach(async () => {
    org = await createOrganization("Risks");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    systemId = await createSystem(org.organizationId, "Screening");
    session.actor = officer;
  });

  it("records a risk, mitigates it (residual lower) and keeps every change in the audit trail", async () => {
    const id = await created(riskInput(systemId, { ownerId: officer.userId }));
    const [risk] = await listRisks(officer, systemId);
    expect(risk).toMatchObject({
      id,
      likelihood: 4,
      impact: 5,
      fundamentalRights: ["Non-discrimination", "Data protection"],
      nextReviewDate: "2027-03-01",
      version: 1,
    });
    const update = await updateRiskAction({
      ...riskInput(systemId, {
        treatment: "MITIGATE",
        residualLikelihood: "2",
        residualImpact: "3",
        mitigation: "Bias audit",
        status: "TREATED",
      }),
      riskId: id,
      version: 1,
    });
    expect(update).toEqual({ ok: true, data: { version: 2 } });
    const history = await riskHistory(officer, id);
    expect(history.map((h) => h.action)).toEqual(["risk.updated", "risk.created"]);
    expect(history[0]?.after).toMatchObject({ residualLikelihood: 2, residualImpact: 3, treatment: "MITIGATE" });
  });

  it("refuses a stale version with a conflict and keeps the newer change", async () => {
    const id = await created(riskInput(systemId));
    const base = { ...riskInput(systemId), riskId: id, version: 1 };
    expect((await updateRiskAction({ ...base, title: "First edit" })).ok).toBe(true);
    const stale = await updateRiskAction({ ...base, title: "Stale edit" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().risk.findUniqueOrThrow({ where: { id } })).title).toBe("First edit");
  });

  it("refuses half a residual rating, a score off the scale and an owner from another organisation, next to the field", async () => {
    const half = await createRiskAction(riskInput(systemId, { residualLikelihood: "2" }));
    expect(half).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { residualImpact: [expect.any(String)] },
    });
    const off = await createRiskAction(riskInput(systemId, { likelihood: "6" as "5" }));
    expect(off).toMatchObject({ ok: false, fieldErrors: { likelihood: [expect.any(String)] } });
    const other = await createOrganization("Other");
    const foreign = await createRiskAction(riskInput(systemId, { ownerId: other.admin.userId }));
    expect(foreign).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { ownerId: [expect.any(String)] } });
    expect(await db().risk.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("cannot reach another organisation's system, risk or obligation", async () => {
    const other = await createOrganization("Other");
    const theirSystem = await createSystem(other.organizationId, "Theirs");
    const theirObligation = await obligationOf(other.organizationId, theirSystem);
    expect(await createRiskAction(riskInput(theirSystem))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const id = await created(riskInput(systemId));
    expect(await linkRiskObligationAction({ riskId: id, obligationId: theirObligation.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    session.actor = other.admin;
    expect(await updateRiskAction({ ...riskInput(systemId), riskId: id, version: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await acceptRiskAction({ riskId: id, version: 1, justification: "x".repeat(40) })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db().riskObligationLink.count({ where: { riskId: id } })).toBe(0);
  });

  it("the database itself refuses a risk or link that crosses organisations, and scores off the scale", async () => {
    const other = await createOrganization("Other");
    const theirSystem = await createSystem(other.organizationId, "Theirs");
    const theirObligation = await obligationOf(other.organizationId, theirSystem);
    const base = { organizationId: org.organizationId, title: "t", likelihood: 1, impact: 1, fundamentalRights: [] };
    await expect(db().risk.create({ data: { ...base, systemId: theirSystem } })).rejects.toThrow(
      /Risk_systemId_org_fk/,
    );
    await expect(db().risk.create({ data: { ...base, systemId, ownerId: other.admin.userId } })).rejects.toThrow(
      /Risk_ownerId_org_fk/,
    );
    await expect(db().risk.create({ data: { ...base, systemId, likelihood: 6 } })).rejects.toThrow(
      /Risk_likelihood_check/,
    );
    await expect(db().risk.create({ data: { ...base, systemId, residualImpact: 0 } })).rejects.toThrow(
      /Risk_residualImpact_check/,
    );
    const risk = await db().risk.create({ data: { ...base, systemId } });
    await expect(
      db().riskObligationLink.create({
        data: { organizationId: org.organizationId, riskId: risk.id, obligationId: theirObligation.id },
      }),
    ).rejects.toThrow(/RiskObligationLink_obligationId_org_fk/);
  });

  it("a member who leaves leaves the risk without owner or acceptor id, but the acceptor's name stays", async () => {
    const legal = await addMember(org.organizationId, "LEGAL");
    const id = await created(
      riskInput(systemId, { ownerId: legal.userId, residualLikelihood: "1", residualImpact: "1" }),
    );
    session.actor = legal;
    expect((await acceptRiskAction({ riskId: id, version: 1 })).ok).toBe(true);
    await db().membership.delete({
      where: { userId_organizationId: { userId: legal.userId, organizationId: org.organizationId } },
    });
    const risk = await db().risk.findUniqueOrThrow({ where: { id } });
    expect(risk).toMatchObject({ ownerId: null, acceptedById: null, treatment: "ACCEPT" });
    expect(risk.acceptedByLabel).toMatch(/@test\.example$/);
  });

  it("links and unlinks an obligation of the same system, audited once each", async () => {
    const id = await created(riskInput(systemId));
    const obligation = await obligationOf(org.organizationId, systemId);
    const link = { riskId: id, obligationId: obligation.id };
    expect(await linkRiskObligationAction(link)).toEqual({ ok: true, data: null });
    expect(await linkRiskObligationAction(link)).toEqual({ ok: true, data: null });
    expect((await listRisks(officer, systemId))[0]?.obligations).toEqual([
      { id: obligation.id, article: "Art 9", title: "Risk management" },
    ]);
    expect(await unlinkRiskObligationAction(link)).toEqual({ ok: true, data: null });
    expect((await riskHistory(officer, id)).map((h) => h.action)).toEqual([
      "risk.obligation_unlinked",
      "risk.obligation_linked",
      "risk.created",
    ]);
  });

  it("a high residual risk is accepted only by a privileged role with a written justification", async () => {
    const id = await created(riskInput(systemId, { likelihood: "4", impact: "4" }));
    session.actor = await addMember(org.organizationId, "MANAGER");
    const refused = await acceptRiskAction({ riskId: id, version: 1, justification: "x".repeat(40) });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    session.actor = officer;
    const short = await acceptRiskAction({ riskId: id, version: 1, justification: "Fine." });
    expect(short).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { justification: [expect.stringMatching(/at least 30/)] },
    });
    const justification = "Bias audit quarterly; the board accepted the remaining exposure on 1 Dec.";
    expect(await acceptRiskAction({ riskId: id, version: 1, justification })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const risk = await db().risk.findUniqueOrThrow({ where: { id } });
    expect(risk).toMatchObject({
      treatment: "ACCEPT",
      status: "TREATED",
      acceptedById: officer.userId,
      acceptanceJustification: justification,
    });
    const [event] = await riskHistory(officer, id);
    expect(event).toMatchObject({ action: "risk.accepted", after: { band: "HIGH", justification } });
  });

  it("a low residual risk (the residual rating decides, not the inherent 4 × 5) needs no justification; a changed rating undoes the acceptance", async () => {
    const id = await created(
      riskInput(systemId, { residualLikelihood: "1", residualImpact: "2", treatment: "MITIGATE" }),
    );
    session.actor = await addMember(org.organizationId, "LEGAL");
    expect(await acceptRiskAction({ riskId: id, version: 1 })).toEqual({ ok: true, data: { version: 2 } });
    const edit = { ...riskInput(systemId, { residualLikelihood: "3", residualImpact: "4" }), riskId: id, version: 2 };
    expect((await updateRiskAction(edit)).ok).toBe(true);
    expect(await db().risk.findUniqueOrThrow({ where: { id } })).toMatchObject({
      treatment: null,
      acceptedById: null,
      acceptedAt: null,
    });
  });

  it.each(["MANAGER", "AUDITOR"] as const)("a %s reads the register but changes nothing", async (role) => {
    const id = await created(riskInput(systemId));
    session.actor = await addMember(org.organizationId, role);
    expect(await createRiskAction(riskInput(systemId))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateRiskAction({ ...riskInput(systemId), riskId: id, version: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await acceptRiskAction({ riskId: id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await listRisks(session.actor, systemId)).toHaveLength(1);
  });
});
