import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { changedBy } from "@/lib/dal/core/conflict";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/utils";
import type { UpdateObligationInput } from "@/lib/validations/obligation";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";
import { isoDay } from "@/lib/dates";
import { assertDoneIsBacked } from "@/lib/dal/obligations/internal/done-check";
import { notFound } from "@/lib/dal/core/not-found";

const obligationSelect = {
  id: true,
  systemId: true,
  code: true,
  role: true,
  article: true,
  title: true,
  summary: true,
  appliesFrom: true,
  blocking: true,
  status: true,
  notApplicableReason: true,
  completionNote: true,
  ownerId: true,
  dueDate: true,
  obsoleteAt: true,
  version: true,
  updatedAt: true,
  owner: { select: { name: true } },
  comments: {
    select: { id: true, body: true, createdAt: true, authorName: true, author: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  },
  _count: { select: { evidence: true } },
} satisfies Prisma.ObligationSelect;

export type ObligationDTO = Prisma.ObligationGetPayload<{ select: typeof obligationSelect }>;

export const NOT_FOUND_MESSAGE = "This obligation does not exist or belongs to another organisation.";

// A system has tens of obligations, so comments come along in one query instead of one per panel.
export async function listSystemObligations(actor: Actor, systemId: string): Promise<ObligationDTO[]> {
  const member = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!system) throw notFound("AI system");
  const rows = await db().obligation.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: [{ appliesFrom: "asc" }, { id: "asc" }],
    select: obligationSelect,
  });
  // An imported comment by someone who is not a member here carries their name (authorName); show that, not the importer.
  for (const o of rows) o.comments = o.comments.map((c) => ({ ...c, author: { name: c.authorName ?? c.author.name } }));
  // Articles in reading order (Art 26(2) before Art 26(11)), which SQL's text ordering does not give.
  return rows.sort(
    (a, b) =>
      a.appliesFrom.getTime() - b.appliesFrom.getTime() || a.article.localeCompare(b.article, "en", { numeric: true }),
  );
}

type Snapshot = Pick<UpdateObligationInput, "status" | "ownerId" | "notApplicableReason" | "completionNote"> & {
  dueDate: string | null;
};

function snapshot(o: {
  status: Snapshot["status"];
  ownerId: string | null;
  notApplicableReason: string;
  completionNote: string;
  dueDate: Date | null;
}): Snapshot {
  return {
    status: o.status,
    ownerId: o.ownerId,
    notApplicableReason: o.notApplicableReason,
    completionNote: o.completionNote,
    dueDate: isoDay(o.dueDate),
  };
}

export async function updateObligation(actor: Actor, input: UpdateObligationInput): Promise<{ version: number }> {
  const member = await authorize(actor, "obligation.work");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const current = await tx.obligation.findFirst({
      where: { id: input.obligationId, organizationId },
      select: {
        id: true,
        systemId: true,
        status: true,
        ownerId: true,
        dueDate: true,
        notApplicableReason: true,
        completionNote: true,
        obsoleteAt: true,
        version: true,
      },
    });
    if (!current) throw notFound("obligation");
    if (current.obsoleteAt) {
      throw new AppError(
        "CONFLICT",
        `This obligation no longer applies since ${formatDateTime(current.obsoleteAt)}; it is kept for the record and cannot be changed.`,
      );
    }
    if (input.ownerId) {
      const owner = await tx.membership.findFirst({
        where: { organizationId, userId: input.ownerId },
        select: { id: true },
      });
      if (!owner)
        throw new AppError("VALIDATION", "Choose an owner from your organisation.", {
          fieldErrors: { ownerId: ["Choose a member of this organisation."] },
        });
    }
    if (input.status === "DONE" && current.status !== "DONE")
      await assertDoneIsBacked(tx, { organizationId, obligationId: current.id }, input.completionNote);
    const data = {
      status: input.status,
      ownerId: input.ownerId,
      dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
      // The reason belongs to a "not applicable" decision only; keeping it after a change back would mislead.
      notApplicableReason: input.status === "NOT_APPLICABLE" ? input.notApplicableReason : "",
      // Likewise the note belongs to a "done"; a done duty edited again keeps its note unless a new one is given.
      completionNote: input.status !== "DONE" ? "" : input.completionNote || current.completionNote,
    };
    const { count } = await tx.obligation.updateMany({
      where: { id: current.id, organizationId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw await conflictError(tx, organizationId, current.id);
    const before = snapshot(current);
    const after = snapshot(data);
    await writeAudit(tx, member, {
      action: "obligation.updated",
      entityType: "Obligation",
      entityId: current.id,
      systemId: current.systemId,
      before: changedOnly(before, after),
      after: changedOnly(after, before),
    });
    await refreshReadiness(tx, current.systemId);
    return { version: input.version + 1 };
  });
}

function changedOnly(a: Snapshot, b: Snapshot): Partial<Snapshot> {
  return Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k as keyof Snapshot] !== v));
}

// Names the person and time of the edit that won, from the audit trail (the obligation row has no "updated by").
export async function conflictError(tx: Tx, organizationId: string, obligationId: string): Promise<AppError> {
  const [last, row] = await Promise.all([
    tx.auditEvent.findFirst({
      where: { organizationId, entityType: "Obligation", entityId: obligationId, action: "obligation.updated" },
      orderBy: { sequence: "desc" },
      select: { actorLabel: true, createdAt: true, actor: { select: { name: true } } },
    }),
    tx.obligation.findFirst({ where: { id: obligationId, organizationId }, select: { updatedAt: true } }),
  ]);
  return changedBy(last ? (last.actor?.name ?? last.actorLabel) : null, last?.createdAt ?? row?.updatedAt);
}
