import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RequestStatus } from "@/lib/vendors/status";

const STATUS_KEY = {
  sent: "sent",
  partly_answered: "partlyAnswered",
  answered: "answered",
  overdue: "overdue",
  revoked: "revoked",
  expired: "expired",
} as const satisfies Record<RequestStatus, string>;

const TONES: Record<RequestStatus, BadgeTone> = {
  sent: "blue",
  partly_answered: "amber",
  answered: "green",
  overdue: "red",
  revoked: "neutral",
  expired: "neutral",
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations("VendorRequestStatus");
  return <Badge tone={TONES[status]}>{t(STATUS_KEY[status])}</Badge>;
}
