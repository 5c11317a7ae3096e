import type { NotificationMessage } from "@/lib/notifications/text";
import type { NotificationKind } from "@/lib/validations/notifications";

// One reminder the job may write: for whom, in which organisation, and the key that keeps reruns from repeating it.
// Its own file so the candidate functions (reminders-*.ts) and the job that writes them share it without a cycle.
export type Candidate = {
  organizationId: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The title and body as messages, shown in each reader's language (title and body keep the English). */
  message?: NotificationMessage;
  href: string;
  dedupeKey: string;
};
