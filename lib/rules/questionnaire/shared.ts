import type { Condition, QuestionOption } from "./types";

/** Builds option lists from answer codes so labels sit next to the codes they explain. */
export function options<T extends string>(codes: readonly T[], labels: Record<T, string>): QuestionOption[] {
  return codes.map((value) => ({ value, label: labels[value] }));
}

// An unanswered artefact type is treated as an AI system, the common case, so the
// system questions stay visible until the user says it is a model only.
export const IS_SYSTEM: Condition = { not: { field: "artefactType", equals: "ai_model" } };
export const IS_MODEL: Condition = { field: "artefactType", in: ["ai_model", "model_and_system"] };
export const IS_AI_SYSTEM_CANDIDATE: Condition = {
  all: [
    IS_SYSTEM,
    { not: { field: "technique", in: ["human_defined_rules", "basic_data_processing"] } },
    { not: { field: "infersOutputs", equals: false } },
    { not: { field: "operatesWithAutonomy", equals: false } },
  ],
};
export const USES_SYSTEM: Condition = { field: "activities", includesAny: ["uses"] };
export const ANNEX3_CANDIDATE: Condition = {
  any: [
    {
      field: "annex3Areas",
      includesAny: [
        "critical_infrastructure",
        "education",
        "employment",
        "essential_services",
        "law_enforcement",
        "migration",
        "justice_democracy",
      ],
    },
    { field: "emotionInference", equals: "biometric_emotions" },
    { field: "biometricCategorisation", equals: true },
    { field: "remoteBiometricIdentification", in: ["real_time", "post"] },
  ],
};

// Annex X lists the EU's large-scale IT systems for freedom, security and justice: SIS (borders and
// police), VIS, Eurodac, EES and ETIAS (migration and borders), ECRIS-TCN (criminal records). Only a
// system used there can be one of their components, so the question is not put to anyone else.
export const ANNEX_X_CONTEXT: Condition = {
  any: [
    { field: "annex3Areas", includesAny: ["migration", "law_enforcement"] },
    { field: "intendedUsers", includesAny: ["migration_authority", "law_enforcement", "judicial_authority"] },
  ],
};
