import { createTranslator } from "next-intl";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ProfileField, TSystemProfile } from "@/lib/rules";
import type { SOURCING_LABELS } from "@/lib/validations/system-fields";
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

// The hints are read in the wizard, in the person's language (English by default).
function hintTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "QuestionnaireHints" });
}

/** The hint on an answer taken from the organisation profile (lib/classification/starting-answers.ts). */
export function fromOrganisationHint(locale: Locale): string {
  return hintTranslator(locale)("fromOrganisation");
}

// Pure: what the intake form already tells the classification questionnaire.
export function intakeToProfile(intake: IntakeFacts, locale: Locale = "en"): IntakePrefill {
  const t = hintTranslator(locale);
  const answers: TSystemProfile = {};
  const hints: IntakePrefill["hints"] = {};
  if (intake.outputUsedInEu !== null) answers.outputUsedInEu = intake.outputUsedInEu;
  if (intake.memberStates.length > 0) {
    const where = intake.memberStates.length === 27 ? t("allMemberStates") : intake.memberStates.join(", ");
    hints.placesOnEuMarket = t("usedIn", { where });
    hints.establishedInEu = t("usedInAnswerForRunner", { where });
  } else if (intake.outputUsedInEu === false) {
    hints.establishedInEu = t("notInEu");
  }
  if (intake.sourcing) {
    answers.activities = ACTIVITIES_BY_SOURCING[intake.sourcing];
    hints.activities = t("sourcing", { sourcing: intake.sourcing });
  }
  if (intake.placedOnMarketAt) {
    answers.alreadyOnMarket = true;
    answers.placedOnMarketDate = isoDay(new Date(intake.placedOnMarketAt));
  } else if (NOT_YET_PLACED.has(intake.lifecycleStage)) {
    answers.alreadyOnMarket = false;
  }
  if (intake.dataCategories.includes("BIOMETRIC")) {
    const text = t("biometricData");
    hints.emotionInference = text;
    hints.biometricCategorisation = text;
    hints.remoteBiometricIdentification = text;
  }
  const affected = new Set(intake.affectedPersons);
  if (affected.has("JOB_APPLICANTS") || affected.has("EMPLOYEES")) {
    hints.annex3Areas = t("considerEmployment");
  } else if (affected.has("STUDENTS")) {
    hints.annex3Areas = t("considerEducation");
  }
  if (affected.has("CHILDREN") || affected.has("VULNERABLE_PERSONS")) {
    hints.exploitsVulnerabilities = t("vulnerablePersons");
  }
  return { answers, hints };
}
