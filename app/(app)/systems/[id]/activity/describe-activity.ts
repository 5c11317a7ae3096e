import { auditDid } from "@/lib/audit/phrases";
import type { ActivityDTO } from "@/lib/dal/systems/activity";

export function describeActivity(event: Pick<ActivityDTO, "action" | "after">): string {
  const phrase = auditDid(event.action);
  const after = event.after as { title?: string; status?: string } | null;
  return after?.title ? `${phrase}: “${after.title}”` : phrase;
}
