import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { conflictFromAudit } from "@/lib/dal/core/conflict";

export async function assertOwnerIsMember(tx: Tx, organizationId: string, ownerId: string | null): Promise<void> {
  if (!ownerId) return;
  const owner = await tx.membership.findFirst({ where: { organizationId, userId: ownerId }, select: { id: true } });
  if (!owner)
    throw new AppError("VALIDATION", "Choose an owner from your organisation.", {
      fieldErrors: { ownerId: ["Choose a member of this organisation."] },
    });
}

export const riskConflict = (tx: Tx, organizationId: string, riskId: string): Promise<AppError> =>
  conflictFromAudit(tx, organizationId, { type: "Risk", id: riskId });
