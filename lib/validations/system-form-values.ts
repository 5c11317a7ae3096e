import type { SystemDetailDTO } from "@/lib/dal/systems";
import type { TSystemIntakeInput } from "@/lib/validations/system";

// The stored system as the intake form's raw values: empty strings for unanswered choices, oldest version first.
export function toFormValues(s: SystemDetailDTO): TSystemIntakeInput {
  return {
    isDraft: s.isDraft,
    name: s.name,
    description: s.description,
    intendedPurpose: s.intendedPurpose,
    businessUnit: s.businessUnit,
    ownerId: s.ownerId ?? "",
    vendor: s.vendor,
    sourcing: s.sourcing ?? "",
    lifecycleStage: s.lifecycleStage,
    placedOnMarketAt: s.placedOnMarketAt ? s.placedOnMarketAt.toISOString().slice(0, 10) : "",
    memberStates: s.memberStates as TSystemIntakeInput["memberStates"],
    outputUsedInEu: s.outputUsedInEu === null ? "" : s.outputUsedInEu ? "yes" : "no",
    affectedPersons: s.affectedPersons as TSystemIntakeInput["affectedPersons"],
    affectedPersonsNote: s.affectedPersonsNote,
    automationLevel: s.automationLevel ?? "",
    humanOversight: s.humanOversight,
    dataCategories: s.dataCategories as TSystemIntakeInput["dataCategories"],
    models: s.models.map(({ model }) => ({
      name: model.name,
      registryName: model.registryName ?? "",
      versions: [...model.versions].reverse().map(({ version, stage }) => ({ version, stage })),
    })),
    datasets: s.datasets.map(({ dataset }) => ({ name: dataset.name, description: dataset.description, uri: dataset.uri })),
  };
}
