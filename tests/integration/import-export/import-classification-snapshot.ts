import { db } from "@/lib/db/client";

// Everything a classification writes for each system of an organisation, keyed by system name instead of ids and
// without timestamps (the acting user is reduced to "was it them"), so two organisations classified by different code paths can be compared row by row.
export async function classificationSnapshot(organizationId: string, actorUserId: string) {
  const systems = await db().aiSystem.findMany({
    where: { organizationId },
    orderBy: { name: "asc" },
    include: {
      runs: { orderBy: { sequence: "asc" } },
      obligations: { orderBy: [{ code: "asc" }, { role: "asc" }] },
    },
  });
  const nameById = new Map(systems.map((s) => [s.id, s.name]));
  const runSeqById = new Map(systems.flatMap((s) => s.runs.map((r) => [r.id, `${s.name}#${r.sequence}`] as const)));
  const audit = await db().auditEvent.findMany({
    where: { organizationId, action: "classification.run_stored" },
    orderBy: { sequence: "asc" },
  });
  const deliveries = await db().webhookDelivery.findMany({ where: { organizationId } });
  const run = (id: unknown) => (typeof id === "string" ? (runSeqById.get(id) ?? "unknown run") : id);
  const withRun = (value: unknown) => {
    const o = (value ?? {}) as Record<string, unknown>;
    return "runId" in o ? { ...o, runId: run(o.runId) } : o;
  };
  return {
    systems: systems.map((s) => ({
      name: s.name,
      version: s.version,
      tier: s.tier,
      disposition: s.disposition,
      roles: s.roles,
      currentRun: s.currentRunId && run(s.currentRunId),
      classified: s.classifiedAt !== null,
      questionnaireDraft: s.questionnaireDraft,
      questionnaireDraftAt: s.questionnaireDraftAt,
      obligationsApplicable: s.obligationsApplicable,
      obligationsDone: s.obligationsDone,
      runs: s.runs.map((r) => ({
        sequence: r.sequence,
        answers: r.answers,
        result: r.result,
        ruleSetId: r.ruleSetId,
        systemVersion: r.systemVersion,
        tier: r.tier,
        disposition: r.disposition,
        byActor: r.createdById === actorUserId,
      })),
      obligations: s.obligations.map(
        ({ id: _id, organizationId: _o, systemId: _s, createdAt: _c, updatedAt: _u, sourceRunId, ...o }) => ({
          ...o,
          sourceRun: run(sourceRunId),
        }),
      ),
      audit: audit
        .filter((e) => e.systemId === s.id)
        .map((e) => ({
          action: e.action,
          entityType: e.entityType,
          entity: run(e.entityId),
          byActor: e.actorId === actorUserId,
          before: withRun(e.before),
          after: withRun(e.after),
        })),
    })),
    deliveries: deliveries
      .map((d) => {
        const payload = d.payload as { event: string; data: Record<string, unknown> };
        return {
          event: d.event,
          status: d.status,
          payloadEvent: payload.event,
          data: {
            ...payload.data,
            systemId: nameById.get(String(payload.data.systemId)),
            runId: run(payload.data.runId),
          },
        };
      })
      .sort((a, b) => String(a.data.systemId).localeCompare(String(b.data.systemId))),
  };
}
