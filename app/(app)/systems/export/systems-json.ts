import { plannedTier } from "@/lib/classification/display";
import type { SystemExportRowDTO } from "@/lib/dal/systems/system-list";
import { jsonArrayStream } from "@/lib/http/export-streams";

// The same rows as the CSV, as a JSON array streamed batch by batch; codes stay codes (HIGH, IN_PRODUCTION) so a
// program reading the file does not have to undo display labels.
function toJson(s: SystemExportRowDTO) {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    intendedPurpose: s.intendedPurpose,
    businessUnit: s.businessUnit,
    owner: s.owner ? { name: s.owner.name, email: s.owner.email } : null,
    vendor: s.vendor,
    lifecycleStage: s.lifecycleStage,
    // possibleTier: the highest tier still possible while disposition is UNDETERMINED (tier is then a floor).
    tier: s.tier,
    possibleTier: plannedTier(s),
    disposition: s.disposition,
    roles: s.roles,
    obligationsDone: s.obligationsDone,
    obligationsApplicable: s.obligationsApplicable,
    classifiedAt: s.classifiedAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export const systemsJsonStream = (batches: AsyncIterable<SystemExportRowDTO[]>) => jsonArrayStream(batches, toJson);
