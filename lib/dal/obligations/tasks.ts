import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/utils";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

export type TaskDTO = {
  id: string;
  systemId: string;
  obligationId: string | null;
  obligationArticle: string | null;
  obligationTitle: string | null;
  title: string;
  body: string;
  status: "OPEN" | "DONE";
  dedupeKey: string | null;
  occurrences: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
};

type TaskSeed = { systemId: string; obligationId: string | null; dedupeKey: string; title: string; body: string };

// A repeated breach updates the open task with the same key (one more occurrence, latest reading) instead of opening
// another. The key lock makes two pipelines reporting at once land on one task.
export async function openOrUpdateTask(
  tx: Tx,
  member: Member,
  seed: TaskSeed,
): Promise<{ id: string; occurrences: number; created: boolean }> {
  const { organizationId } = member;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`task:${organizationId}:${seed.dedupeKey}`}, 0))`;
  const open = await tx.task.findFirst({
    where: { organizationId, dedupeKey: seed.dedupeKey, status: "OPEN" },
    select: { id: true, occurrences: true },
  });
  if (open) {
    const updated = await tx.task.update({
      where: { id: open.id },
      data: { title: seed.title, body: seed.body, obligationId: seed.obligationId, occurrences: { increment: 1 } },
      select: { id: true, occurrences: true },
    });
    await writeAudit(tx, member, {
      action: "task.recurred",
      entityType: "Task",
      entityId: open.id,
      systemId: seed.systemId,
      before: { occurrences: open.occurrences },
      after: { occurrences: updated.occurrences, title: seed.title },
    });
    return { ...updated, created: false };
  }
  const created = await tx.task.create({ data: { ...seed, organizationId }, select: { id: true, occurrences: true } });
  await writeAudit(tx, member, {
    action: "task.opened",
    entityType: "Task",
    entityId: created.id,
    systemId: seed.systemId,
    after: { ...seed },
  });
  return { ...created, created: true };
}

export async function listSystemTasks(
  actor: Actor,
  systemId: string,
  options: { status?: "OPEN" | "DONE"; take?: number } = {},
): Promise<TaskDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().task.findMany({
    where: { organizationId: member.organizationId, systemId, ...(options.status ? { status: options.status } : {}) },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    take: options.take ?? 50,
  });
  const obligationIds = [...new Set(rows.map((r) => r.obligationId).filter((id): id is string => !!id))];
  const obligations = await db().obligation.findMany({
    where: { organizationId: member.organizationId, id: { in: obligationIds } },
    select: { id: true, article: true, title: true },
  });
  const byId = new Map(obligations.map((o) => [o.id, o]));
  return rows.map((r) => ({
    id: r.id,
    systemId: r.systemId,
    obligationId: r.obligationId,
    obligationArticle: byId.get(r.obligationId ?? "")?.article ?? null,
    obligationTitle: byId.get(r.obligationId ?? "")?.title ?? null,
    title: r.title,
    body: r.body,
    status: r.status,
    dedupeKey: r.dedupeKey,
    occurrences: r.occurrences,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    closedAt: r.closedAt,
  }));
}

// Closing a monitoring task lifts the CI gate's block, so it takes a note saying what was done about the breach.
export async function resolveTask(
  actor: Actor,
  input: { taskId: string; note: string; systemId?: string },
): Promise<{ id: string; closedAt: Date }> {
  const member = await authorize(actor, "monitoring.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { id: input.taskId, organizationId, ...(input.systemId ? { systemId: input.systemId } : {}) },
      select: { id: true, systemId: true, status: true, body: true, closedAt: true },
    });
    if (!task) throw notFound("task");
    const closedAt = new Date();
    const { count } = await tx.task.updateMany({
      where: { id: task.id, organizationId, status: "OPEN" },
      data: {
        status: "DONE",
        closedAt,
        body: `${task.body}\n\nResolved ${formatDateTime(closedAt)} by ${member.actorLabel}: ${input.note}`.trim(),
      },
    });
    if (count === 0)
      throw new AppError("CONFLICT", `This task was already resolved (${formatDateTime(task.closedAt)}).`);
    await writeAudit(tx, member, {
      action: "task.resolved",
      entityType: "Task",
      entityId: task.id,
      systemId: task.systemId,
      before: { status: "OPEN" },
      after: { status: "DONE", note: input.note },
    });
    return { id: task.id, closedAt };
  });
}
