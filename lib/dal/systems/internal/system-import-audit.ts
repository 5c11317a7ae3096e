import "server-only";
import type { Member } from "@/lib/access/actor";
import { AUDIT_GENESIS, auditHashOf } from "@/lib/audit/hash";
import { toJsonValue } from "@/lib/canonical-json";
import type { Tx } from "@/lib/db/client";
import type { AuditInput } from "@/lib/dal/core/audit";

const CHUNK = 1_000;

export type AuditRowInput = {
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  systemId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

// The same chain as writeAudit (same lock, same fields, same hash), but for many events at once: calling writeAudit
// 10,000 times costs three round trips per event, which alone would take an import past its time budget.
export async function writeAuditBatch(
  tx: Tx,
  member: Pick<Member, "organizationId" | "actorLabel" | "userId">,
  events: AuditInput[],
): Promise<void> {
  const createdAt = new Date();
  await appendAuditRows(
    tx,
    member.organizationId,
    events.map((event) => ({
      actorId: member.userId,
      actorLabel: member.actorLabel,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      systemId: event.systemId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      createdAt,
    })),
  );
}

// Appends events to the organisation's chain in the given order (also used to replay an imported trail).
export async function appendAuditRows(tx: Tx, organizationId: string, events: AuditRowInput[]): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${organizationId}, 0))`;
  const last = await tx.auditEvent.findFirst({
    where: { organizationId },
    orderBy: { sequence: "desc" },
    select: { sequence: true, hash: true },
  });
  let sequence = last?.sequence ?? 0;
  let prevHash = last?.hash ?? AUDIT_GENESIS;
  const rows = events.map((event) => {
    sequence += 1;
    const fields = {
      organizationId,
      sequence,
      actorId: event.actorId,
      actorLabel: event.actorLabel,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      systemId: event.systemId,
      before: event.before === null ? null : toJsonValue(event.before),
      after: event.after === null ? null : toJsonValue(event.after),
      createdAt: event.createdAt,
    };
    const hash = auditHashOf(prevHash, fields);
    const row = { ...fields, createdAt: event.createdAt.toISOString(), prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += CHUNK) await insertAuditRows(tx, rows.slice(i, i + CHUNK));
}

// One JSON parameter per chunk instead of one bound parameter per cell (see insertSystems for the measurement).
async function insertAuditRows(tx: Tx, rows: Record<string, unknown>[]) {
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "organizationId", "sequence", "actorId", "actorLabel", "action", "entityType", "entityId",
      "systemId", "before", "after", "createdAt", "prevHash", "hash")
    SELECT gen_random_uuid()::text, x."organizationId", x."sequence", x."actorId", x."actorLabel", x."action", x."entityType",
      x."entityId", x."systemId", x."before", x."after", x."createdAt"::timestamp(3), x."prevHash", x."hash"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("organizationId" text, "sequence" int, "actorId" text,
      "actorLabel" text, "action" text, "entityType" text, "entityId" text, "systemId" text, "before" jsonb, "after" jsonb,
      "createdAt" text, "prevHash" text, "hash" text)`;
}
