import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/utils";
import {
  NO_OWNER,
  ZBulkAssignOwner,
  ZBulkSetLifecycle,
  type TBulkAssignOwner,
  type TBulkSetLifecycle,
} from "@/lib/validations/system-list";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { countPhrase, verbFor } from "@/lib/plural";

export type BulkResultDTO = { changed: number; unchanged: number };

type SystemRef = { id: string; version: number };
type Change<T> = { field: keyof Prisma.AiSystemUncheckedUpdateManyInput; value: T; read: (s: BulkTarget) => T };
type BulkTarget = { id: string; version: number; ownerId: string | null; lifecycleStage: string };

export async function bulkAssignOwner(actor: Actor, raw: TBulkAssignOwner): Promise<BulkResultDTO> {
  const member = await authorize(actor, "system.write");
  const input = ZBulkAssignOwner.parse(raw);
  const ownerId = input.ownerId === NO_OWNER ? null : input.ownerId;
  if (ownerId) {
    const isMember = await db().membership.count({ where: { organizationId: member.organizationId, userId: ownerId } });
    if (!isMember)
      throw new AppError("VALIDATION", "Choose an owner from this organisation.", {
        fieldErrors: { ownerId: ["Choose an owner from this organisation."] },
      });
  }
  return applyBulk(member, input.systems, { field: "ownerId", value: ownerId, read: (s) => s.ownerId });
}

export async function bulkSetLifecycle(actor: Actor, raw: TBulkSetLifecycle): Promise<BulkResultDTO> {
  const member = await authorize(actor, "system.write");
  const input = ZBulkSetLifecycle.parse(raw);
  return applyBulk(member, input.systems, {
    field: "lifecycleStage",
    value: input.lifecycleStage,
    read: (s) => s.lifecycleStage,
  });
}

// One transaction for the whole selection: either every selected system changes or none does. Systems that already
// have the value are left alone (no version bump, no audit event), so repeating a bulk action is harmless.
async function applyBulk<T extends string | null>(
  member: Member,
  refs: SystemRef[],
  change: Change<T>,
): Promise<BulkResultDTO> {
  const expected = new Map(refs.map((r) => [r.id, r.version]));
  return db().$transaction(
    async (tx) => {
      const systems = await tx.aiSystem.findMany({
        where: { id: { in: [...expected.keys()] }, organizationId: member.organizationId },
        select: { id: true, version: true, ownerId: true, lifecycleStage: true },
      });
      const missing = expected.size - systems.length;
      if (missing > 0) {
        throw new AppError(
          "NOT_FOUND",
          `${countPhrase(missing, "selected AI system")} no longer ${verbFor(missing, "exist")} or ${verbFor(missing, "belong")} to another organisation. Nothing was changed; reload the list.`,
        );
      }
      let changed = 0;
      for (const system of systems) {
        const before = change.read(system);
        if (before === change.value) continue;
        await updateOne(tx, member, system.id, expected.get(system.id)!, { [change.field]: change.value });
        await writeAudit(tx, member, {
          action: "system.bulk_updated",
          entityType: "AiSystem",
          entityId: system.id,
          systemId: system.id,
          before: { [change.field]: before },
          after: { [change.field]: change.value },
        });
        changed += 1;
      }
      return { changed, unchanged: systems.length - changed };
    },
    { timeout: 30_000 },
  );
}

async function updateOne(
  tx: Tx,
  member: Member,
  id: string,
  version: number,
  data: Prisma.AiSystemUncheckedUpdateManyInput,
) {
  const { count } = await tx.aiSystem.updateMany({
    where: { id, organizationId: member.organizationId, version },
    data: { ...data, updatedById: member.userId, version: { increment: 1 } },
  });
  if (count === 1) return;
  const current = await tx.aiSystem.findFirst({
    where: { id, organizationId: member.organizationId },
    select: { name: true, updatedAt: true, updatedById: true },
  });
  const by = current?.updatedById
    ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } })
    : null;
  throw new AppError(
    "CONFLICT",
    `“${current?.name ?? "A selected system"}” was changed by ${by?.name ?? "someone else"} at ${formatDateTime(current?.updatedAt)}; reload to see their changes. Your selection is still here.`,
    { stale: true },
  );
}
