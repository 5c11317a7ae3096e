import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { TUpdateRisk } from "@/lib/validations/risks";
import { createOrganization, createSystem } from "../../helpers/factories";

// Re-scoring a risk from a serious incident or a monitoring breach, through the edit form's own server action (session
// → zod → DAL → database; only the Next.js request context is stubbed). The re-score leaves a trace on both sides: the
// risk's history names the incident or breach, and the incident or breach lists the risks opened or re-scored from it.
// A risk can be re-scored from several events; an id of another organisation or system is refused by the data layer
// and by the database beneath it.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createRiskAction, updateRiskAction } = await import("@/app/(app)/systems/[id]/risks/actions");
const { riskHistory } = await import("@/lib/dal/risks/history");
// Imported where used, so the history assertion runs (and failed) before these lists existed.
const risksFromIncident = async (...args: [UserActor, string]) =>
  (await import("@/lib/dal/risks/event-links")).risksFromIncident(...args);
const risksFromBreaches = async (...args: [UserActor, string]) =>
  (await import("@/lib/dal/risks/event-links")).risksFromBreaches(...args);

type Org = { organizationId: string; admin: UserActor; systemId: string; incidentId: string; breachId: string };

async function org(name: string): Promise<Org> {
  const { organizationId, admin } = await createOrganization(name);
  const systemId = await createSystem(organizationId, `${name} scoring`);
  const incident = await db().incident.create({
    data: { organizationId, systemId, number: 3, title: "Refusals doubled for applicants over 60" },
  });
  const breach = await db().monitoringEvent.create({
    data: {
      organizationId,
      systemId,
      kind: "BIAS",
      metric: "age_gap",
      value: 0.12,
      threshold: 0.05,
      breached: true,
      observedAt: new Date("2026-12-01T08:00:00Z"),
    },
  });
  return { organizationId, admin, systemId, incidentId: incident.id, breachId: breach.id };
}

const fields = {
  title: "Age bias in refusals",
  description: "",
  affectedPersons: "",
  fundamentalRights: "",
  source: "MANUAL" as const,
  residualLikelihood: "" as const,
  residualImpact: "" as const,
  treatment: "" as const,
  mitigation: "",
  ownerId: "",
  nextReviewDate: "",
  status: "OPEN" as const,
};

async function riskOf(o: Org): Promise<{ id: string; version: number }> {
  session.actor = o.admin;
  const created = await createRiskAction({ ...fields, systemId: o.systemId, likelihood: "2", impact: "3" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { id: created.data.id, version: 1 };
}

const rescore = (risk: { id: string; version: number }, over: Partial<TUpdateRisk>): TUpdateRisk => ({
  ...fields,
  riskId: risk.id,
  version: risk.version,
  likelihood: "4",
  impact: "5",
  ...over,
});

let a: Org;
let b: Org;
beforeEach(async () => {
  a = await org("Rescore A");
  b = await org("Rescore B");
});

describe("re-scoring a risk from an incident or a breach", () => {
  it("names the incident in the risk's history and lists the risk on the incident", async () => {
    const risk = await riskOf(a);
    const saved = await updateRiskAction(rescore(risk, { incidentId: a.incidentId }));
    expect(saved).toMatchObject({ ok: true });
    const history = await riskHistory(a.admin, risk.id);
    expect(history[0]).toMatchObject({
      action: "risk.updated",
      after: {
        likelihood: 4,
        impact: 5,
        rescoredFrom: "incident INC-0003: Refusals doubled for applicants over 60",
        // The event as data too, so the history words it in each reader's language.
        rescoredFromRef: { incident: { number: 3, title: "Refusals doubled for applicants over 60" } },
      },
    });
    const listed = await risksFromIncident(a.admin, a.incidentId);
    expect(listed).toEqual([
      expect.objectContaining({
        riskId: risk.id,
        title: "Age bias in refusals",
        how: "RESCORED",
        at: expect.any(Date),
      }),
    ]);
  });

  it("keeps every re-score of one risk from several events, and lists a risk opened from a breach too", async () => {
    const risk = await riskOf(a);
    const second = await db().incident.create({
      data: { organizationId: a.organizationId, systemId: a.systemId, number: 4, title: "Second incident" },
    });
    expect((await updateRiskAction(rescore(risk, { incidentId: a.incidentId }))).ok).toBe(true);
    expect((await updateRiskAction(rescore({ ...risk, version: 2 }, { incidentId: second.id, impact: "4" }))).ok).toBe(
      true,
    );
    expect(
      (await updateRiskAction(rescore({ ...risk, version: 3 }, { monitoringEventId: a.breachId, impact: "3" }))).ok,
    ).toBe(true);
    expect(await db().riskEventLink.count({ where: { riskId: risk.id } })).toBe(3);
    expect((await risksFromIncident(a.admin, second.id)).map((r) => r.riskId)).toEqual([risk.id]);

    const opened = await createRiskAction({
      ...fields,
      systemId: a.systemId,
      title: "Drift on older applicants",
      source: "MONITORING",
      likelihood: "3",
      impact: "3",
      monitoringEventId: a.breachId,
    });
    expect(opened.ok).toBe(true);
    const fromBreaches = await risksFromBreaches(a.admin, a.systemId);
    expect(fromBreaches.map((r) => [r.title, r.how, r.eventId])).toEqual(
      expect.arrayContaining([
        ["Age bias in refusals", "RESCORED", a.breachId],
        ["Drift on older applicants", "OPENED", a.breachId],
      ]),
    );
  });

  it("refuses another organisation's incident or breach, another system's, and a result within its threshold", async () => {
    const risk = await riskOf(a);
    const otherSystem = await createSystem(a.organizationId, "Second system");
    const elsewhere = await db().incident.create({
      data: { organizationId: a.organizationId, systemId: otherSystem, number: 9, title: "Elsewhere" },
    });
    const within = await db().monitoringEvent.create({
      data: { organizationId: a.organizationId, systemId: a.systemId, kind: "DRIFT", metric: "psi", value: 0.01 },
    });
    for (const over of [
      { incidentId: b.incidentId },
      { monitoringEventId: b.breachId },
      { incidentId: elsewhere.id },
      { monitoringEventId: within.id },
    ])
      expect(await updateRiskAction(rescore(risk, over))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Nothing changed: the rating, the version and the links are as before.
    expect(await db().risk.findUniqueOrThrow({ where: { id: risk.id } })).toMatchObject({ likelihood: 2, version: 1 });
    expect(await db().riskEventLink.count({ where: { organizationId: a.organizationId } })).toBe(0);
    // Another organisation reads nothing of the incident's risks.
    await expect(risksFromIncident(b.admin, a.incidentId)).rejects.toThrow();
  });

  it("refuses both at once next to the field", async () => {
    const risk = await riskOf(a);
    expect(
      await updateRiskAction(rescore(risk, { incidentId: a.incidentId, monitoringEventId: a.breachId })),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { monitoringEventId: [expect.any(String)] } });
  });

  it("the database refuses a link across organisations or systems", async () => {
    const risk = await riskOf(a);
    const otherSystem = await createSystem(a.organizationId, "Second system");
    const elsewhere = await db().incident.create({
      data: { organizationId: a.organizationId, systemId: otherSystem, number: 9, title: "Elsewhere" },
    });
    const insert = (incidentId: string | null, eventId: string | null, organizationId = a.organizationId) =>
      db()
        .$executeRaw`INSERT INTO "RiskEventLink" (id, "organizationId", "riskId", "incidentId", "monitoringEventId", how)
        VALUES (gen_random_uuid()::text, ${organizationId}, ${risk.id}, ${incidentId}, ${eventId}, 'RESCORED')`;
    await expect(insert(b.incidentId, null)).rejects.toThrow(/RiskEventLink_incidentId_org_fk/);
    await expect(insert(null, b.breachId)).rejects.toThrow(/RiskEventLink_monitoringEventId_org_fk/);
    await expect(insert(a.incidentId, null, b.organizationId)).rejects.toThrow(/RiskEventLink_riskId_org_fk/);
    await expect(insert(elsewhere.id, null)).rejects.toThrow(/same system/);
    await expect(insert(null, null)).rejects.toThrow(/RiskEventLink_one_event/);
    const breachElsewhere = await db().monitoringEvent.create({
      data: {
        organizationId: a.organizationId,
        systemId: otherSystem,
        kind: "DRIFT",
        metric: "psi",
        value: 0.4,
        breached: true,
      },
    });
    await expect(insert(null, breachElsewhere.id)).rejects.toThrow(/same system/);
    expect(await insert(a.incidentId, null)).toBe(1);
  });
});
