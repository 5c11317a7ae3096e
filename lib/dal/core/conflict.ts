import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/utils";

// A refused save names the person and time of the change that won, read from the audit trail (rows keep no
// "updated by"), so the person whose save was refused knows whom to ask. Read after the failed write.
export async function conflictFromAudit(
  tx: Tx,
  organizationId: string,
  entity: { type: string; id: string },
): Promise<AppError> {
  const last = await tx.auditEvent.findFirst({
    where: { organizationId, entityType: entity.type, entityId: entity.id },
    orderBy: { sequence: "desc" },
    select: { actorLabel: true, createdAt: true, actor: { select: { name: true } } },
  });
  const who = last ? (last.actor?.name ?? last.actorLabel) : "someone else";
  return new AppError(
    "CONFLICT",
    `Changed by ${who} at ${formatDateTime(last?.createdAt)}; reload to see their changes. Your input is still here.`,
  );
}
