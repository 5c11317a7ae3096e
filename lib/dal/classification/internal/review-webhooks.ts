import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Member } from "@/lib/access/actor";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";

// Review requests announced to the organisation's channels (Slack, Teams or its own receiver), in the transaction
// that records them. `by` is who asked or answered, as the audit names them.
export function announceReview(
  tx: Tx,
  member: Member,
  event: "review.requested" | "review.replied",
  request: { id: string; systemId: string; systemName: string },
  details: Record<string, unknown>,
): Promise<void> {
  return enqueueWebhookEvent(tx, member.organizationId, event, {
    requestId: request.id,
    systemId: request.systemId,
    systemName: request.systemName,
    by: member.actorLabel,
    ...details,
  });
}
