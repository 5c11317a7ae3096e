import type { ProfileField, TSystemProfile } from "@/lib/rules";
import { SOURCING_LABELS } from "@/lib/validations/system-fields";
import { isoDay } from "@/lib/dates";

export type IntakeFacts = {
  sourcing: keyof typeof SOURCING_LABELS | null;
  lifecycleStage: string;
  placedOnMarketAt: Date | string | null;
  memberStates: string[];
  outputUsedInEu: boolean | null;
  affectedPersons: string[];
  dataCategories: string[];
};

export type IntakePrefill = {
  /** Answers the intake settles; the wizard shows them as "from the intake" and the user can change them. */
  answers: TSystemProfile;
  /** What the intake suggests for questions it cannot settle on its own. */
  hints: Partial<Record<ProfileField, string>>;
};

const ACTIVITIES_BY_SOURCING: Record<keyof typeof SOURCING_LABELS, NonNullable<TSystemProfile["activities"]>> = {
  BUILT_IN_HOUSE: ["develops", "uses"],
  PROCURED: ["uses"],
  OPEN_SOURCE_ADAPTED: ["develops", "uses"],
  EMBEDDED_IN_PRODUCT: ["develops", "integrates_into_own_product"],
};

const NOT_YET_PLACED = new Set(["PLANNED", "IN_DEVELOPMENT"]);

// Pure: what the intake form already tells the classification questionnaire.
export function intakeToProfile(intake: IntakeFacts): IntakePrefill {
  const answers: TSystemProfile = {};
  const hints: IntakePrefill["hints"] = {};
  if (intake.outputUsedInEu !== null) answers.outputUsedInEu = intake.outputUsedInEu;
  if (intake.memberStates.length > 0) {
    const where = intake.memberStates.length === 27 ? "all 27 member states" : intake.memberStates.join(", ");
    hints.placesOnEuMarket = `The intake says the system is used in ${where}: putting it into service there counts.`;
    hints.establishedInEu = `The intake lists use in ${where}. Answer for the organisation that runs it.`;
  } else if (intake.outputUsedInEu === false) {
    hints.establishedInEu = "The intake lists no EU member state and says the output is not used in the EU.";
  }
  if (intake.sourcing) {
    answers.activities = ACTIVITIES_BY_SOURCING[intake.sourcing];
    hints.activities = `Suggested from the intake's sourcing: ${SOURCING_LABELS[intake.sourcing]}. Check it.`;
  }
  if (intake.placedOnMarketAt) {
    answers.alreadyOnMarket = true;
    answers.placedOnMarketDate = isoDay(new Date(intake.placedOnMarketAt));
  } else if (NOT_YET_PLACED.has(intake.lifecycleStage)) {
    answers.alreadyOnMarket = false;
  }
  if (intake.dataCategories.includes("BIOMETRIC")) {
    const text = "The intake says the system processes biometric data.";
    hints.emotionInference = text;
    hints.biometricCategorisation = text;
    hints.remoteBiometricIdentification = text;
  }
  const affected = new Set(intake.affectedPersons);
  if (affected.has("JOB_APPLICANTS") || affected.has("EMPLOYEES")) {
    hints.annex3Areas = "The intake lists job applicants or employees among the affected persons: consider employment.";
  } else if (affected.has("STUDENTS")) {
    hints.annex3Areas = "The intake lists students among the affected persons: consider education.";
  }
  if (affected.has("CHILDREN") || affected.has("VULNERABLE_PERSONS")) {
    hints.exploitsVulnerabilities = "The intake lists children or vulnerable persons among the affected persons.";
  }
  return { answers, hints };
}
