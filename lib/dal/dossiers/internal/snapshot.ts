import "server-only";
import type { Member } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { DossierObligation, DossierSnapshot } from "@/lib/pdf/snapshot";
import type { ClassificationResult } from "@/lib/rules";
import { readDossierRecords } from "@/lib/dal/legal-records/internal/dossier";
import { isoDay } from "@/lib/dates";
import { openQuestionsOf } from "@/lib/classification/progress";
import { reviewState } from "@/lib/classification/review-state";
import { readStoredProfile } from "@/lib/rules";
import { notFound } from "@/lib/dal/core/not-found";
import { readDossierLiteracy } from "./literacy";
import { readDossierPolicyEvidence } from "./policy-evidence";
import { readDossierRiskRegister } from "./risks";

// The dossier's own read queries (same organisation filter as every page), so the export does not depend on how
// other screens shape their data. Everything comes out as plain JSON: dates as ISO strings, codes not labels.

export type DossierSource = Omit<DossierSnapshot, "schema" | "dossier">;

export const AUDIT_EXCERPT_SIZE = 40;
const iso = (d: Date) => d.toISOString();

/** For callers that have already authorised `report.read` for this member. */
export async function readDossierSource(member: Member, systemId: string): Promise<DossierSource> {
  const organizationId = member.organizationId;
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId },
    include: {
      organization: { select: { name: true } },
      owner: { select: { name: true } },
      models: {
        select: {
          model: {
            select: {
              name: true,
              registryName: true,
              versions: { select: { version: true }, orderBy: { createdAt: "desc" } },
            },
          },
        },
      },
      datasets: { select: { dataset: { select: { name: true, uri: true } } } },
    },
  });
  if (!system) throw notFound("AI system");
  const now = new Date();
  const [
    run,
    reviews,
    obligations,
    evidence,
    auditEvents,
    auditTotal,
    records,
    riskRegister,
    literacy,
    policyEvidence,
  ] = await Promise.all([
    system.currentRunId
      ? db().classificationRun.findFirst({
          where: { id: system.currentRunId, organizationId, systemId },
          include: {
            createdBy: { select: { name: true } },
            reviews: { orderBy: { decidedAt: "desc" }, take: 1, select: { decision: true, overrideTier: true } },
          },
        })
      : null,
    db().reviewDecision.findMany({
      where: { organizationId, run: { systemId, organizationId } },
      orderBy: { decidedAt: "desc" },
      include: { run: { select: { sequence: true } }, decidedBy: { select: { name: true } } },
    }),
    db().obligation.findMany({
      where: { organizationId, systemId },
      orderBy: [{ appliesFrom: "asc" }, { article: "asc" }, { id: "asc" }],
      include: { owner: { select: { name: true } }, _count: { select: { evidence: true } } },
    }),
    db().evidence.findMany({
      where: { organizationId, systemId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        title: true,
        kind: true,
        url: true,
        createdAt: true,
        obligation: { select: { article: true, title: true } },
        versions: {
          orderBy: { version: "desc" },
          select: {
            version: true,
            fileName: true,
            sha256: true,
            sizeBytes: true,
            createdAt: true,
            uploadedBy: { select: { name: true } },
          },
        },
      },
    }),
    db().auditEvent.findMany({
      where: { organizationId, systemId },
      orderBy: { sequence: "desc" },
      take: AUDIT_EXCERPT_SIZE,
      select: {
        sequence: true,
        createdAt: true,
        actorLabel: true,
        action: true,
        entityType: true,
        hash: true,
        actor: { select: { name: true } },
      },
    }),
    db().auditEvent.count({ where: { organizationId, systemId } }),
    readDossierRecords(organizationId, systemId),
    readDossierRiskRegister(organizationId, systemId, now),
    readDossierLiteracy(organizationId, systemId, now),
    readDossierPolicyEvidence(organizationId, systemId),
  ]);
  const result = run ? (run.result as ClassificationResult) : null;
  const review = run && reviewState(run, run.reviews[0]);
  // Counted from the run's stored answers as every screen counts them, not from the engine's shorter list.
  const open = run && result ? openQuestionsOf(readStoredProfile(run.answers), result) : null;

  return {
    organization: { name: system.organization.name },
    system: {
      id: system.id,
      name: system.name,
      description: system.description,
      intendedPurpose: system.intendedPurpose,
      businessUnit: system.businessUnit,
      vendor: system.vendor,
      sourcing: system.sourcing,
      lifecycleStage: system.lifecycleStage,
      placedOnMarketAt: isoDay(system.placedOnMarketAt),
      memberStates: system.memberStates,
      outputUsedInEu: system.outputUsedInEu,
      affectedPersons: system.affectedPersons,
      affectedPersonsNote: system.affectedPersonsNote,
      automationLevel: system.automationLevel,
      humanOversight: system.humanOversight,
      dataCategories: system.dataCategories,
      owner: system.owner?.name ?? null,
      intakeRevision: system.version,
      models: system.models.map(({ model }) => ({
        name: model.name,
        registryName: model.registryName,
        versions: model.versions.map((v) => v.version),
      })),
      datasets: system.datasets.map(({ dataset }) => ({ name: dataset.name, uri: dataset.uri })),
    },
    classification:
      run && result && review
        ? {
            runSequence: run.sequence,
            classifiedAt: iso(run.createdAt),
            classifiedBy: run.createdBy?.name ?? null,
            stale: run.systemVersion < system.version,
            result,
            disposition: review.disposition,
            tier: review.tier,
            ...(open ? { openQuestions: { deciding: open.deciding, completing: open.completing } } : {}),
          }
        : null,
    reviews: reviews.map((d) => ({
      runSequence: d.run.sequence,
      decision: d.decision,
      overrideTier: d.overrideTier,
      justification: d.justification,
      openQuestions: d.openQuestions,
      decidedBy: d.decidedByName ?? d.decidedBy.name,
      decidedAt: iso(d.decidedAt),
    })),
    obligations: inEngineOrder(
      obligations.map((o): DossierObligation => ({
        code: o.code,
        role: o.role,
        article: o.article,
        title: o.title,
        summary: o.summary,
        appliesFrom: isoDay(o.appliesFrom),
        blocking: o.blocking,
        status: o.status,
        notApplicableReason: o.notApplicableReason,
        owner: o.owner?.name ?? null,
        dueDate: isoDay(o.dueDate),
        obsolete: o.obsoleteAt !== null,
        evidenceCount: o._count.evidence,
      })),
      result,
    ),
    evidence: evidence.map((e) => ({
      title: e.title,
      kind: e.kind,
      url: e.url,
      obligation: e.obligation ? `${e.obligation.article}: ${e.obligation.title}` : null,
      addedAt: iso(e.createdAt),
      versions: e.versions.map((v) => ({
        version: v.version,
        fileName: v.fileName,
        sha256: v.sha256,
        sizeBytes: v.sizeBytes,
        uploadedAt: iso(v.createdAt),
        uploadedBy: v.uploadedBy?.name ?? null,
      })),
    })),
    records,
    riskRegister,
    literacy,
    policyEvidence,
    audit: {
      total: auditTotal,
      events: auditEvents.map((e) => ({
        sequence: e.sequence,
        at: iso(e.createdAt),
        actor: e.actor?.name ? `${e.actor.name} (${e.actorLabel})` : e.actorLabel,
        action: e.action,
        entityType: e.entityType,
        hash: e.hash,
      })),
    },
  };
}

// The order the rules engine lists duties in reads like the law (Art 4, 9, 10, …); duties it no longer derives follow.
function inEngineOrder(obligations: DossierObligation[], result: ClassificationResult | null): DossierObligation[] {
  const rank = new Map((result?.obligations ?? []).map((o, i) => [`${o.code}|${o.role}`, i]));
  const position = (o: DossierObligation) => (o.obsolete ? Infinity : (rank.get(`${o.code}|${o.role}`) ?? rank.size));
  return obligations
    .map((o, i) => ({ o, i }))
    .sort((a, b) => position(a.o) - position(b.o) || a.i - b.i)
    .map(({ o }) => o);
}
