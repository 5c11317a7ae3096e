import "server-only";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { changedBy } from "@/lib/dal/core/conflict";
import { AppError } from "@/lib/errors";
import {
  documentationApplicability,
  type DocumentationApplicability,
  type RecordKindCode,
} from "@/lib/legal/applicability";
import type { IntakeFacts } from "@/lib/intake/legal-prefill";
import { readStoredProfile, type ClassificationResult, type TSystemProfile } from "@/lib/rules";
import { notFound } from "@/lib/dal/core/not-found";

// What every legal-record read and write needs about one system: its intake facts, the current classification run
// and, from it, which records the law asks for. Scoped to one organisation like every query.

export const SYSTEM_NOT_FOUND = "This AI system does not exist or belongs to another organisation.";

export type SystemLegalContext = {
  id: string;
  intake: IntakeFacts;
  result: ClassificationResult | null;
  answers: TSystemProfile | null;
  applicability: DocumentationApplicability;
};

export async function systemLegalContext(
  organizationId: string,
  systemId: string,
  tx?: Tx,
): Promise<SystemLegalContext> {
  const query = {
    where: { id: systemId, organizationId },
    select: {
      id: true,
      name: true,
      intendedPurpose: true,
      lifecycleStage: true,
      placedOnMarketAt: true,
      affectedPersons: true,
      affectedPersonsNote: true,
      automationLevel: true,
      humanOversight: true,
      description: true,
      vendor: true,
      sourcing: true,
      dataCategories: true,
      models: {
        where: { organizationId },
        select: {
          model: {
            select: { name: true, versions: { select: { version: true }, orderBy: { createdAt: "asc" as const } } },
          },
        },
      },
      datasets: { where: { organizationId }, select: { dataset: { select: { name: true } } } },
      organization: { select: { name: true } },
      currentRun: { select: { result: true, answers: true, organizationId: true } },
    },
  } as const;
  const s = tx ? await tx.aiSystem.findFirst(query) : await db().aiSystem.findFirst(query);
  if (!s) throw notFound("AI system");
  const run = s.currentRun?.organizationId === organizationId ? s.currentRun : null;
  const result = run ? (run.result as ClassificationResult) : null;
  return {
    id: s.id,
    intake: {
      name: s.name,
      organizationName: s.organization.name,
      intendedPurpose: s.intendedPurpose,
      lifecycleStage: s.lifecycleStage,
      placedOnMarketAt: s.placedOnMarketAt,
      affectedPersons: s.affectedPersons,
      affectedPersonsNote: s.affectedPersonsNote,
      automationLevel: s.automationLevel,
      humanOversight: s.humanOversight,
      description: s.description,
      vendor: s.vendor,
      sourcing: s.sourcing,
      dataCategories: s.dataCategories,
      models: s.models.map(({ model }) => ({ name: model.name, versions: model.versions.map((v) => v.version) })),
      datasets: s.datasets.map(({ dataset }) => dataset.name),
    },
    result,
    answers: run ? readStoredProfile(run.answers) : null,
    applicability: documentationApplicability(result),
  };
}

export function requireApplicable(ctx: SystemLegalContext, kind: RecordKindCode): void {
  const a = ctx.applicability[kind];
  if (!a.applies) throw new AppError("VALIDATION", `This record does not apply to this system. ${a.reason}`);
}

// Names whoever saved the version that won, so the person whose save was refused knows whom to ask.
export async function recordConflict(
  tx: Tx,
  record: { updatedById: string | null; updatedAt: Date },
): Promise<AppError> {
  const who = record.updatedById
    ? (await tx.user.findUnique({ where: { id: record.updatedById }, select: { name: true } }))?.name
    : null;
  return changedBy(who, record.updatedAt);
}
