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
  return changedBy(last ? (last.actor?.name ?? last.actorLabel) : null, last?.createdAt);
}

// The one wording of a save that lost to another (lib/validations/i18n/error-patterns.ts says it again in German and
// French), marked stale so the form offers to reload whatever language the words are in.
export function changedBy(who: string | null | undefined, at: Date | null | undefined): AppError {
  return new AppError(
    "CONFLICT",
    `Changed by ${who || "someone else"} at ${formatDateTime(at)}; reload to see their changes. Your input is still here.`,
    { stale: true },
  );
}
