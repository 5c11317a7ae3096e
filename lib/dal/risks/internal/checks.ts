import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatDateTime } from "@/lib/utils";
import { AppError } from "@/lib/errors";

export async function assertOwnerIsMember(tx: Tx, organizationId: string, ownerId: string | null): Promise<void> {
  if (!ownerId) return;
  const owner = await tx.membership.findFirst({ where: { organizationId, userId: ownerId }, select: { id: true } });
  if (!owner)
    throw new AppError("VALIDATION", "Choose an owner from your organisation.", {
      fieldErrors: { ownerId: ["Choose a member of this organisation."] },
    });
}

// Read after the failed write, so the message says when the risk was last changed.
export async function riskConflict(tx: Tx, organizationId: string, riskId: string): Promise<AppError> {
  const latest = await tx.risk.findFirst({ where: { id: riskId, organizationId }, select: { updatedAt: true } });
  return new AppError(
    "CONFLICT",
    `Someone else changed this risk at ${formatDateTime(latest?.updatedAt)}; reload to see their changes. Your input is still here.`,
  );
}
