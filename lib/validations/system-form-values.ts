import type { TSystemIntakeInput } from "@/lib/validations/system";
import { isoDay } from "@/lib/dates";

type Answered<K extends keyof TSystemIntakeInput> = Exclude<TSystemIntakeInput[K], ""> | null;

// What toFormValues reads of a stored system, described here rather than taken from the data layer: schemas run in
// the browser too and sit below lib/dal. The data layer's SystemDetailDTO fits it, which the callers' types check.
export type StoredIntake = Pick<
  TSystemIntakeInput,
  | "isDraft"
  | "name"
  | "description"
  | "intendedPurpose"
  | "businessUnit"
  | "vendor"
  | "lifecycleStage"
  | "affectedPersonsNote"
  | "humanOversight"
> & {
  ownerId: string | null;
  sourcing: Answered<"sourcing">;
  automationLevel: Answered<"automationLevel">;
  placedOnMarketAt: Date | null;
  memberStates: string[];
  outputUsedInEu: boolean | null;
  affectedPersons: string[];
  dataCategories: string[];
  models: { model: { name: string; registryName: string | null; versions: { version: string; stage: string }[] } }[];
  datasets: { dataset: { name: string; description: string; uri: string } }[];
};

// The stored system as the intake form's raw values: empty strings for unanswered choices, oldest version first.
export function toFormValues(s: StoredIntake): TSystemIntakeInput {
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
    placedOnMarketAt: isoDay(s.placedOnMarketAt) ?? "",
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
    datasets: s.datasets.map(({ dataset }) => ({
      name: dataset.name,
      description: dataset.description,
      uri: dataset.uri,
    })),
  };
}
