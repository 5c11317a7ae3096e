// One wording per audit action that concerns an AI system, for its Activity tab ("<person> <did>") and for the
// dossier's audit excerpt (a title). Unknown actions fall back to their code, so nothing is ever hidden.
type Phrase = { did: string; title: string };

const PHRASES: Record<string, Phrase> = {
  "system.created": { did: "added the system to the inventory", title: "Added to the inventory" },
  "system.updated": { did: "edited the intake", title: "Intake edited" },
  "system.bulk_updated": { did: "changed the system in a bulk action", title: "Changed in a bulk action" },
  "system.model_linked": { did: "linked a model", title: "Model linked" },
  "system.model_unlinked": { did: "unlinked a model", title: "Model unlinked" },
  "bom.imported": { did: "imported a bill of materials", title: "Bill of materials imported" },
  "classification.run_stored": { did: "stored a classification run", title: "Classification run stored" },
  "classification.draft_saved": { did: "saved questionnaire answers", title: "Questionnaire answers saved" },
  "classification.reviewed": { did: "recorded a legal review", title: "Legal review recorded" },
  "review.requested": { did: "asked legal for a review", title: "Legal review requested" },
  "review.answered": { did: "answered a review request", title: "Review request answered" },
  "review.sent_back": { did: "sent a review request back", title: "Review request sent back" },
  "gate.changed": { did: "changed the deployment gate", title: "Deployment gate changed" },
  "obligation.updated": { did: "updated an obligation", title: "Obligation updated" },
  "obligation.commented": { did: "commented on an obligation", title: "Obligation commented" },
  "obligation.reopened": { did: "reopened an obligation", title: "Obligation reopened" },
  "evidence.added": { did: "added evidence", title: "Evidence added" },
  "evidence.version_added": { did: "uploaded a new version of evidence", title: "Evidence version uploaded" },
  "policy.linked_as_evidence": { did: "linked a policy as evidence", title: "Policy linked as evidence" },
  "policy.unlinked_as_evidence": { did: "unlinked a policy from the evidence", title: "Policy unlinked from evidence" },
  "legal_record.created": { did: "started a legal record", title: "Legal record started" },
  "legal_record.updated": { did: "edited a legal record", title: "Legal record edited" },
  "legal_record.signed_off": { did: "signed off a legal record", title: "Legal record signed off" },
  "risk.created": { did: "added a risk", title: "Risk added" },
  "risk.updated": { did: "updated a risk", title: "Risk updated" },
  "risk.accepted": { did: "accepted a risk", title: "Risk accepted" },
  "risk.obligation_linked": { did: "linked a risk to an obligation", title: "Risk linked to an obligation" },
  "risk.obligation_unlinked": { did: "unlinked a risk from an obligation", title: "Risk unlinked from an obligation" },
  "monitoring.event_recorded": { did: "recorded a monitoring event", title: "Monitoring event recorded" },
  "monitoring_plan.created": { did: "wrote the monitoring plan", title: "Monitoring plan written" },
  "monitoring_plan.updated": { did: "edited the monitoring plan", title: "Monitoring plan edited" },
  "incident.created": { did: "reported an incident", title: "Incident reported" },
  "incident.updated": { did: "updated an incident", title: "Incident updated" },
  "incident.closed": { did: "closed an incident", title: "Incident closed" },
  "incident.initial_report_recorded": { did: "recorded the initial Art 73 report", title: "Initial report recorded" },
  "incident.complete_report_recorded": {
    did: "recorded the complete Art 73 report",
    title: "Complete report recorded",
  },
  "incident.report_downloaded": { did: "downloaded an incident report", title: "Incident report downloaded" },
  "model.linked": { did: "linked a model", title: "Model linked" },
  "model.unlinked": { did: "unlinked a model", title: "Model unlinked" },
  "task.opened": { did: "opened a follow-up task", title: "Task opened" },
  "task.recurred": { did: "saw a follow-up task come back", title: "Task recurred" },
  "task.resolved": { did: "resolved a follow-up task", title: "Task resolved" },
  "dossier.exported": { did: "exported a dossier version", title: "Dossier exported" },
  "dossier.attested": { did: "attested a dossier version", title: "Dossier attested" },
  "deployer_pack.published": { did: "published a deployer pack", title: "Deployer pack published" },
  "deployer_pack.link_created": { did: "made a customer link to the deployer pack", title: "Deployer pack link made" },
  "deployer_pack.link_revoked": {
    did: "revoked a customer link to the deployer pack",
    title: "Deployer pack link revoked",
  },
  "deployer_pack.link_opened": { did: "opened the deployer pack", title: "Deployer pack opened by a customer" },
  "deployer_pack.pdf_downloaded": { did: "downloaded the deployer pack PDF", title: "Deployer pack PDF downloaded" },
  "deployer_pack.file_downloaded": {
    did: "downloaded a file of the deployer pack",
    title: "Deployer pack file downloaded",
  },
  "deployer_pack.link_refused": {
    did: "tried an expired or revoked deployer pack link",
    title: "Deployer pack link refused",
  },
};

/** "<person> …" on the Activity tab. */
export const auditDid = (action: string): string => PHRASES[action]?.did ?? action;
/** A short title, as in the dossier's audit excerpt. */
export const auditTitle = (action: string): string => PHRASES[action]?.title ?? action;
