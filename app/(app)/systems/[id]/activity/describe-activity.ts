import type { ActivityDTO } from "@/lib/dal/systems/activity";

// Plain-language wording for audit actions; unknown actions fall back to their code so nothing is hidden.
const PHRASES: Record<string, string> = {
  "system.created": "added the system to the inventory",
  "system.updated": "edited the intake",
  "system.bulk_updated": "changed the system in a bulk action",
  "classification.run_stored": "stored a classification run",
  "classification.draft_saved": "saved questionnaire answers",
  "classification.reviewed": "recorded a legal review",
  "obligation.updated": "updated an obligation",
  "obligation.commented": "commented on an obligation",
  "evidence.added": "added evidence",
  "evidence.version_added": "uploaded a new version of evidence",
  "dossier.exported": "exported a dossier version",
  "dossier.attested": "attested a dossier version",
};

export function describeActivity(event: Pick<ActivityDTO, "action" | "after">): string {
  const phrase = PHRASES[event.action] ?? event.action;
  const after = event.after as { title?: string; status?: string } | null;
  return after?.title ? `${phrase}: “${after.title}”` : phrase;
}
