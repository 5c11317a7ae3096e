import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { TCreateRisk } from "@/lib/validations/risks";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";

// A risk opened from a serious incident or a monitoring breach, through the form's own server action (session → zod
// → DAL → database; only the Next.js request context is stubbed): the link is kept and shown, and an incident or event
// of another organisation or system is refused by the data layer, and by the database's composite keys beneath it.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createRiskAction } = await import("@/app/(app)/systems/[id]/risks/actions");
const { riskOrigins, riskPrefill } = await import("@/lib/dal/risks/origin");
const { exportDossier } = await import("@/lib/dal/dossiers/dossiers");
const { getDossierPdfIn } = await import("@/lib/dal/dossiers/rendition");
const pdfText = async (pdf: Uint8Array) => (await pdfPages(Buffer.from(pdf))).join(" ").replace(/\s+/g, " ");

type Org = { organizationId: string; admin: UserActor; systemId: string; incidentId: string; breachId: string };

async function org(name: string): Promise<Org> {
  const { organizationId, admin } = await createOrganization(name);
  const systemId = await createSystem(organizationId, `${name} scoring`);
  const incident = await db().incident.create({
    data: { organizationId, systemId, number: 7, title: "Refusals doubled for applicants over 60" },
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

const input = (systemId: string, over: Partial<TCreateRisk> = {}): TCreateRisk => ({
  systemId,
  title: "Age bias in refusals",
  description: "",
  affectedPersons: "",
  fundamentalRights: "",
  source: "INCIDENT",
  likelihood: "3",
  impact: "4",
  residualLikelihood: "",
  residualImpact: "",
  treatment: "",
  mitigation: "",
  ownerId: "",
  nextReviewDate: "",
  status: "OPEN",
  ...over,
});

let a: Org;
let b: Org;
beforeEach(async () => {
  a = await org("Origin A");
  b = await org("Origin B");
});

describe("a risk opened from an incident or a breach", () => {
  it("pre-fills the form from the incident, keeps the link and shows where the risk came from", async () => {
    const prefill = await riskPrefill(a.admin, a.systemId, { incidentId: a.incidentId });
    expect(prefill).toMatchObject({
      title: "Refusals doubled for applicants over 60",
      source: "INCIDENT",
      incidentId: a.incidentId,
      origin: "incident INC-0007: Refusals doubled for applicants over 60",
    });
    session.actor = a.admin;
    const created = await createRiskAction(input(a.systemId, { incidentId: a.incidentId }));
    expect(created.ok).toBe(true);
    const risk = await db().risk.findFirstOrThrow({ where: { systemId: a.systemId } });
    expect(risk).toMatchObject({ incidentId: a.incidentId, monitoringEventId: null });
    const origins = await riskOrigins(a.admin, a.systemId);
    expect(origins.get(risk.id)).toEqual({
      label: "incident INC-0007: Refusals doubled for applicants over 60",
      href: `/incidents/${a.incidentId}`,
      ref: { incident: { number: 7, title: "Refusals doubled for applicants over 60" } },
    });
    // The Risks tab says it in the reader's language; the sealed dossier keeps the English words and the event as
    // data, so a copy in another language says it in that language.
    expect((await riskOrigins(a.admin, a.systemId, "de")).get(risk.id)?.label).toBe(
      "Vorfall INC-0007: Refusals doubled for applicants over 60",
    );
    const sealed = await exportDossier(a.admin, a.systemId, "DRAFT");
    const { snapshot } = await db().dossierVersion.findUniqueOrThrow({ where: { id: sealed.id } });
    expect(JSON.stringify(snapshot)).toContain(
      '"openedFrom":"incident INC-0007: Refusals doubled for applicants over 60"',
    );
    expect(await pdfText(sealed.pdf)).toContain("incident INC-0007: Refusals doubled");
    const german = await pdfText((await getDossierPdfIn(a.admin, sealed.id, "de", a.systemId)).pdf);
    expect(german).toContain("Vorfall INC-0007: Refusals doubled");
    expect(german).not.toContain("incident INC-0007");
  });

  it("links a breach, and pre-fills from it with the reading", async () => {
    const prefill = await riskPrefill(a.admin, a.systemId, { eventId: a.breachId });
    expect(prefill?.title).toBe("Bias outside its threshold: age_gap = 0.12, limit ≤ 0.05");
    expect(prefill?.origin).toMatch(/^breach of Bias: age_gap = 0\.12, limit ≤ 0\.05 on 2026-12-01$/);
    session.actor = a.admin;
    const created = await createRiskAction(input(a.systemId, { source: "MONITORING", monitoringEventId: a.breachId }));
    expect(created.ok).toBe(true);
    expect(await db().risk.findFirstOrThrow({ where: { systemId: a.systemId } })).toMatchObject({
      monitoringEventId: a.breachId,
    });
    const sealed = await exportDossier(a.admin, a.systemId, "DRAFT", "fr");
    const french = await pdfText(sealed.pdf);
    expect(french).toContain("seuil franchi (biais)");
    expect(french).not.toContain("breach of Bias");
  });

  it("refuses another organisation's incident or breach, another system's, and a result within its threshold", async () => {
    session.actor = a.admin;
    const otherSystem = await createSystem(a.organizationId, "Second system");
    const within = await db().monitoringEvent.create({
      data: { organizationId: a.organizationId, systemId: a.systemId, kind: "DRIFT", metric: "psi", value: 0.01 },
    });
    const hostile = [
      input(a.systemId, { incidentId: b.incidentId }),
      input(a.systemId, { monitoringEventId: b.breachId }),
      input(otherSystem, { incidentId: a.incidentId }),
      input(a.systemId, { monitoringEventId: within.id }),
    ];
    for (const attempt of hostile)
      expect(await createRiskAction(attempt)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().risk.count({ where: { organizationId: a.organizationId } })).toBe(0);
    // A pre-fill from a foreign id is no pre-fill at all: the plain form, naming nothing of the other organisation.
    expect(await riskPrefill(a.admin, a.systemId, { incidentId: b.incidentId })).toBeNull();
    expect(await riskPrefill(a.admin, a.systemId, { eventId: b.breachId })).toBeNull();
  });

  it("refuses both links at once next to the field", async () => {
    session.actor = a.admin;
    const both = await createRiskAction(input(a.systemId, { incidentId: a.incidentId, monitoringEventId: a.breachId }));
    expect(both).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { monitoringEventId: [expect.any(String)] },
    });
  });

  it("the database refuses a link to another organisation's incident or event, and nulls only the link when it goes", async () => {
    const officer = await addMember(a.organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
    expect((await createRiskAction(input(a.systemId, { incidentId: a.incidentId }))).ok).toBe(true);
    const risk = await db().risk.findFirstOrThrow({ where: { systemId: a.systemId } });
    await expect(
      db().$executeRaw`UPDATE "Risk" SET "incidentId" = ${b.incidentId} WHERE id = ${risk.id}`,
    ).rejects.toThrow(/Risk_incidentId_org_fk/);
    await expect(
      db().$executeRaw`UPDATE "Risk" SET "monitoringEventId" = ${b.breachId} WHERE id = ${risk.id}`,
    ).rejects.toThrow(/Risk_monitoringEventId_org_fk/);
    await db().incident.delete({ where: { id: a.incidentId } });
    expect(await db().risk.findUniqueOrThrow({ where: { id: risk.id } })).toMatchObject({
      incidentId: null,
      organizationId: a.organizationId,
    });
  });
});
