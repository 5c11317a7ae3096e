import "server-only";
import { isoDay } from "@/lib/dates";
import { cache } from "react";
import type { Actor, Member } from "@/lib/access/actor";
import { isStale } from "@/lib/classification/staleness";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { changedBy } from "@/lib/dal/core/conflict";
import { AppError } from "@/lib/errors";
import type { TSystemIntake, TSystemIntakeUpdate } from "@/lib/validations/system";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import {
  normaliseLinks,
  readSystemLinks,
  syncSystemDatasets,
  syncSystemModels,
  type LinksSnapshot,
} from "@/lib/dal/systems/internal/system-links";
import { notFound } from "@/lib/dal/core/not-found";
import { resolveBusinessUnit } from "@/lib/dal/business-units/business-units";
import { readSystemDetail, type SystemDetailDTO } from "@/lib/dal/systems/internal/system-detail";

export type { SystemDetailDTO };

// The organisation filter is part of the lookup, so another organisation's id is simply "not found".
// Cached per request: the system layout and the tab page both ask for it.
export const getSystem = cache(async (actor: Actor, id: string): Promise<SystemDetailDTO> => {
  const member = await authorize(actor, "system.read");
  const system = await readSystemDetail(member.organizationId, id);
  if (!system) throw notFound("AI system");
  return system;
});

// A classification made from an earlier intake revision, or under a replaced rule set, may no longer hold.
export function isClassificationStale(system: Pick<SystemDetailDTO, "version" | "currentRun">): boolean {
  return isStale(system.currentRun, system.version);
}

const intakeSelect = {
  name: true,
  description: true,
  intendedPurpose: true,
  businessUnit: true,
  ownerId: true,
  vendor: true,
  sourcing: true,
  lifecycleStage: true,
  placedOnMarketAt: true,
  memberStates: true,
  outputUsedInEu: true,
  affectedPersons: true,
  affectedPersonsNote: true,
  automationLevel: true,
  humanOversight: true,
  dataCategories: true,
  isDraft: true,
} satisfies Prisma.AiSystemSelect;

type IntakeRow = Prisma.AiSystemGetPayload<{ select: typeof intakeSelect }>;
type Snapshot = Record<string, unknown>;

// What the intake columns get: a draft may leave the lifecycle stage open, which the column stores as "Planned".
function toColumns(input: Omit<TSystemIntake, "models" | "datasets">): IntakeRow {
  return {
    name: input.name,
    description: input.description,
    intendedPurpose: input.intendedPurpose,
    businessUnit: input.businessUnit,
    ownerId: input.ownerId,
    vendor: input.vendor,
    sourcing: input.sourcing,
    lifecycleStage: input.lifecycleStage ?? "PLANNED",
    placedOnMarketAt: input.placedOnMarketAt,
    memberStates: input.memberStates,
    outputUsedInEu: input.outputUsedInEu,
    affectedPersons: input.affectedPersons,
    affectedPersonsNote: input.affectedPersonsNote,
    automationLevel: input.automationLevel,
    humanOversight: input.humanOversight,
    dataCategories: input.dataCategories,
    isDraft: input.isDraft,
  };
}

function snapshot(row: IntakeRow, links: LinksSnapshot): Snapshot {
  return { ...row, placedOnMarketAt: isoDay(row.placedOnMarketAt), ...normaliseLinks(links) };
}

// Before/after of the fields that changed, for the audit event; empty when the save changed nothing.
function changedFields(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

async function assertOwnerIsMember(tx: Tx, member: Member, ownerId: string | null) {
  if (!ownerId) return;
  const found = await tx.membership.findFirst({
    where: { userId: ownerId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!found)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      fieldErrors: { ownerId: ["Choose a member of your organisation."] },
    });
}

export async function createSystem(actor: Actor, input: TSystemIntake): Promise<{ id: string }> {
  const member = await authorize(actor, "system.write");
  return db().$transaction(async (tx) => {
    await assertOwnerIsMember(tx, member, input.ownerId);
    const unit = await resolveBusinessUnit(tx, member, input.businessUnit);
    const columns = { ...toColumns(input), businessUnit: unit?.name ?? "" };
    const { id } = await tx.aiSystem.create({
      data: {
        ...columns,
        businessUnitId: unit?.id ?? null,
        organizationId: member.organizationId,
        updatedById: member.userId,
      },
      select: { id: true },
    });
    await syncSystemModels(tx, member, id, input.models);
    await syncSystemDatasets(tx, member, id, input.datasets);
    const after = snapshot(columns, { models: input.models, datasets: input.datasets });
    await writeAudit(tx, member, {
      action: "system.created",
      entityType: "AiSystem",
      entityId: id,
      systemId: id,
      after: { ...after, version: 1 },
    });
    return { id };
  });
}

// Optimistic concurrency: the save names the revision the form loaded; a newer revision means someone else saved
// in between, and their change must not be overwritten silently.
export async function updateSystem(actor: Actor, input: TSystemIntakeUpdate): Promise<{ id: string; version: number }> {
  const member = await authorize(actor, "system.write");
  const { id, expectedVersion, ...intake } = input;
  return db().$transaction(async (tx) => {
    const current = await tx.aiSystem.findFirst({
      where: { id, organizationId: member.organizationId },
      select: { ...intakeSelect, version: true },
    });
    if (!current) throw notFound("AI system");
    const { version: currentVersion, ...currentIntake } = current;
    if (currentVersion !== expectedVersion) throw await conflict(tx, member, id);
    await assertOwnerIsMember(tx, member, intake.ownerId);
    // The unit's own spelling, so typing "hr" for the unit "HR" is no change (and no new unit).
    const unit = await resolveBusinessUnit(tx, member, intake.businessUnit);
    const columns = { ...toColumns(intake), businessUnit: unit?.name ?? "" };
    const diff = changedFields(
      snapshot(currentIntake, await readSystemLinks(tx, member, id)),
      snapshot(columns, { models: intake.models, datasets: intake.datasets }),
    );
    if (Object.keys(diff.after).length === 0) return { id, version: currentVersion };
    const { count } = await tx.aiSystem.updateMany({
      where: { id, organizationId: member.organizationId, version: expectedVersion },
      data: { ...columns, businessUnitId: unit?.id ?? null, updatedById: member.userId, version: { increment: 1 } },
    });
    if (count === 0) throw await conflict(tx, member, id);
    await syncSystemModels(tx, member, id, intake.models);
    await syncSystemDatasets(tx, member, id, intake.datasets);
    const version = expectedVersion + 1;
    await writeAudit(tx, member, {
      action: "system.updated",
      entityType: "AiSystem",
      entityId: id,
      systemId: id,
      before: { ...diff.before, version: expectedVersion },
      after: { ...diff.after, version },
    });
    return { id, version };
  });
}

async function conflict(tx: Tx, member: Member, id: string): Promise<AppError> {
  const latest = await tx.aiSystem.findFirst({
    where: { id, organizationId: member.organizationId },
    select: { updatedAt: true, updatedById: true },
  });
  if (!latest) return new AppError("NOT_FOUND", "This AI system was deleted while you were editing it.");
  const editor = latest.updatedById
    ? await tx.user.findUnique({ where: { id: latest.updatedById }, select: { name: true, email: true } })
    : null;
  return changedBy(editor ? editor.name || editor.email : null, latest.updatedAt);
}
