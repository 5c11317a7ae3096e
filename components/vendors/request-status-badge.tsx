import { Badge, type BadgeTone } from "@/components/ui/badge";
import { REQUEST_STATUS_LABELS, type RequestStatus } from "@/lib/vendors/status";

const TONES: Record<RequestStatus, BadgeTone> = {
  sent: "blue",
  partly_answered: "amber",
  answered: "green",
  overdue: "red",
  revoked: "neutral",
  expired: "neutral",
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <Badge tone={TONES[status]}>{REQUEST_STATUS_LABELS[status]}</Badge>;
}
