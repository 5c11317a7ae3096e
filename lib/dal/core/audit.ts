import "server-only";
import type { Member } from "@/lib/access/actor";
import { AUDIT_GENESIS, auditHashOf } from "@/lib/audit/hash";
import { toJsonValue } from "@/lib/canonical-json";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  systemId?: string;
  before?: unknown;
  after?: unknown;
};

type AuditActor = Pick<Member, "organizationId" | "actorLabel"> & { userId: string | null };

// Must be called inside the transaction that makes the change, so the event exists exactly when the change does.
export async function writeAudit(tx: Tx, actor: AuditActor, event: AuditInput): Promise<void> {
  const { organizationId } = actor;
  // Serialises writers per organisation so that sequence numbers and the hash chain have no forks.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${organizationId}, 0))`;
  const last = await tx.auditEvent.findFirst({
    where: { organizationId },
    orderBy: { sequence: "desc" },
    select: { sequence: true, hash: true },
  });
  const fields = {
    organizationId,
    sequence: (last?.sequence ?? 0) + 1,
    actorId: actor.userId,
    actorLabel: actor.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    systemId: event.systemId ?? null,
    before: event.before === undefined ? null : toJsonValue(event.before),
    after: event.after === undefined ? null : toJsonValue(event.after),
    createdAt: new Date(),
  };
  const prevHash = last?.hash ?? AUDIT_GENESIS;
  const hash = auditHashOf(prevHash, fields);
  await tx.auditEvent.create({
    data: { ...fields, before: jsonOrDbNull(fields.before), after: jsonOrDbNull(fields.after), prevHash, hash },
  });
}

function jsonOrDbNull(value: unknown) {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
