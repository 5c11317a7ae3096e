import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// One wording per audit action that concerns an AI system, for its Activity tab ("<person> <did>") and for the
// dossier's audit excerpt (a title), in the reader's language (messages AuditDid and AuditTitle, keyed by the action
// code, whose dot nests the key). The log itself keeps the codes, so the hash chain does not depend on a language.
// Unknown actions fall back to their code, so nothing is ever hidden.
const ACTIONS = [
  "system.created",
  "system.updated",
  "system.bulk_updated",
  "system.model_linked",
  "system.model_unlinked",
  "bom.imported",
  "classification.run_stored",
  "classification.draft_saved",
  "classification.reviewed",
  "review.requested",
  "review.answered",
  "review.sent_back",
  "gate.changed",
  "obligation.updated",
  "obligation.commented",
  "obligation.reopened",
  "evidence.added",
  "evidence.version_added",
  "policy.linked_as_evidence",
  "policy.unlinked_as_evidence",
  "legal_record.created",
  "legal_record.updated",
  "legal_record.signed_off",
  "risk.created",
  "risk.updated",
  "risk.accepted",
  "risk.obligation_linked",
  "risk.obligation_unlinked",
  "monitoring.event_recorded",
  "monitoring_plan.created",
  "monitoring_plan.updated",
  "incident.created",
  "incident.updated",
  "incident.closed",
  "incident.initial_report_recorded",
  "incident.complete_report_recorded",
  "incident.report_downloaded",
  "model.linked",
  "model.unlinked",
  "task.opened",
  "task.recurred",
  "task.resolved",
  "dossier.exported",
  "dossier.attested",
  "deployer_pack.published",
  "deployer_pack.link_created",
  "deployer_pack.link_revoked",
  "deployer_pack.link_opened",
  "deployer_pack.pdf_downloaded",
  "deployer_pack.file_downloaded",
  "deployer_pack.link_refused",
  "vendor.created",
  "vendor.updated",
  "vendor.supply_linked",
  "vendor.supply_unlinked",
  "vendor_request.sent",
  "vendor_request.viewed",
  "vendor_request.answered",
  "vendor_request.file_uploaded",
  "vendor_request.extension_asked",
  "vendor_request.extension_accepted",
  "vendor_request.extension_declined",
  "vendor_request.revoked",
  "vendor_request.refused",
] as const;
type WordedAction = (typeof ACTIONS)[number];

const isWorded = (action: string): action is WordedAction => (ACTIONS as readonly string[]).includes(action);

/** "<person> …" on the Activity tab, in `locale`. */
export function auditDidIn(locale: Locale, action: string): string {
  if (!isWorded(action)) return action;
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "AuditDid" })(action);
}

/** A short title, as in the dossier's audit excerpt, in `locale`. */
export function auditTitleIn(locale: Locale, action: string): string {
  if (!isWorded(action)) return action;
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "AuditTitle" })(action);
}

export const auditDid = (action: string): string => auditDidIn(DEFAULT_LOCALE, action);
export const auditTitle = (action: string): string => auditTitleIn(DEFAULT_LOCALE, action);
