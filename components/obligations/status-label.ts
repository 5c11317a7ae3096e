import { useTranslations } from "next-intl";
import type { ObligationStatusCode } from "@/lib/validations/obligation";

const STATUS_MESSAGE_KEY = {
  NOT_STARTED: "notStarted",
  IN_PROGRESS: "inProgress",
  DONE: "done",
  NOT_APPLICABLE: "notApplicable",
} as const satisfies Record<ObligationStatusCode, string>;

// An obligation status's name in the reader's language, for the badge and the status filter alike (its own file,
// so the client filter does not pull in the rule catalogues the badges import).
export function useObligationStatusLabel(): (status: ObligationStatusCode) => string {
  const t = useTranslations("ObligationStatus");
  return (status) => t(STATUS_MESSAGE_KEY[status]);
}
