import {
  ANNEX1_LEGISLATION,
  ANNEX3_AREAS,
  BIOMETRIC_CATEGORIES,
  DEPLOYER_ENTITY_TYPES,
  MIGRATION_USES,
} from "../profile/options";
import type { ClashRule, Condition } from "./types";

// Rules whose clash is the order of two values alone: `exceeds` decides, the condition does not.
const ALWAYS: Condition = { all: [] };
const GENERATES = ["intended_purpose", "foreseeable_without_safeguards", "foreseeable_with_safeguards"] as const;
const others = (codes: readonly string[], only: string) => codes.filter((c) => c !== only);

/**
 * Only combinations that cannot both be true, read with the wording of each question and option;
 * combinations that are merely unusual (for example "offered in the EU" and "not yet on the market",
 * which is a system assessed before launch) are not here.
 */
export const CLASH_RULES: readonly ClashRule[] = [
  {
    id: "technique_vs_inference",
    questions: ["technique", "infersOutputs"],
    when: {
      any: [
        {
          all: [
            { field: "technique", in: ["machine_learning", "logic_knowledge_based"] },
            { field: "infersOutputs", equals: false },
          ],
        },
        {
          all: [
            { field: "technique", in: ["human_defined_rules", "basic_data_processing"] },
            { field: "infersOutputs", equals: true },
          ],
        },
      ],
    },
    text: "The technique and the answer on inference disagree: machine learning and logic- or knowledge-based approaches are the techniques that infer, while a system that only runs rules written by people or basic data processing does not.",
    citation: "Art 3(1); recital 12",
  },
  {
    id: "research_model_monetised",
    questions: ["modelResearchOnly", "modelMonetised"],
    when: {
      all: [
        { field: "modelResearchOnly", equals: true },
        { field: "modelMonetised", equals: true },
      ],
    },
    text: "The model is said to be only a research or prototyping project, yet access to it is sold. Supplying a model for payment makes it available on the market, which ends the research-only exclusion.",
    citation: "Art 3(63); Art 3(9)-(10)",
  },
  {
    id: "eu_role_outside_eu",
    questions: ["activities", "establishedInEu"],
    when: {
      all: [
        { field: "activities", includesAny: ["imports", "authorised_representative"] },
        { field: "establishedInEu", equals: false },
      ],
    },
    text: "Importers and authorised representatives are by definition located or established in the EU, but the organisation is said not to be established or located in the EU.",
    citation: "Art 3(5), Art 3(6)",
  },
  {
    id: "importer_not_on_eu_market",
    questions: ["activities", "placesOnEuMarket"],
    when: {
      all: [
        { field: "activities", includesAny: ["imports"] },
        { field: "placesOnEuMarket", equals: false },
      ],
    },
    text: "Importing means bringing the system onto the EU market, but the system is said not to be offered or used in the EU.",
    citation: "Art 3(6), Art 3(9); Art 2(1)(d)",
  },
  {
    id: "personal_use_by_organisation",
    questions: ["personalNonProfessionalUse", "deployerEntityType"],
    when: {
      all: [
        { field: "personalNonProfessionalUse", equals: true },
        { field: "deployerEntityType", in: others(DEPLOYER_ENTITY_TYPES, "natural_person") },
      ],
    },
    text: "Purely personal, non-professional use is use by a private individual, but the user is said to be an organisation (a public body, a provider of public services, a school, university or clinic, or another private organisation), whose use is always professional.",
    citation: "Art 2(10), Art 3(4)",
  },
  {
    id: "personal_use_by_foreign_authority",
    questions: ["personalNonProfessionalUse", "thirdCountryAuthorityCooperation"],
    when: {
      all: [
        { field: "personalNonProfessionalUse", equals: true },
        { field: "thirdCountryAuthorityCooperation", equals: true },
      ],
    },
    text: "Purely personal, non-professional use is use by a private individual, but the user is said to be a non-EU public authority or international body working under a cooperation agreement.",
    citation: "Art 2(4), Art 2(10)",
  },
  {
    id: "foreign_authority_as_private_body",
    questions: ["deployerEntityType", "thirdCountryAuthorityCooperation"],
    when: {
      all: [
        { field: "deployerEntityType", in: ["private_public_service", "private_education_or_health", "private_other"] },
        { field: "thirdCountryAuthorityCooperation", equals: true },
      ],
    },
    text: "The user is said to be a private organisation and also a non-EU public authority or international body; it cannot be both.",
    citation: "Art 2(4); Art 27(1)",
  },
  {
    id: "research_but_on_market",
    questions: ["preMarketResearchOnly", "alreadyOnMarket"],
    when: {
      all: [
        { field: "preMarketResearchOnly", equals: true },
        { field: "alreadyOnMarket", equals: true },
      ],
    },
    text: "The system is said to be still only in research, testing or development, not yet launched or in real use, and also to be already placed on the market or put into service. The research exclusion covers only the time before that.",
    citation: "Art 2(8); Art 3(9), Art 3(11)",
  },
  {
    id: "research_model_on_market",
    questions: ["modelResearchOnly", "alreadyOnMarket"],
    when: {
      all: [
        { field: "modelResearchOnly", equals: true },
        { field: "alreadyOnMarket", equals: true },
      ],
    },
    text: "The model is said to be only a research or prototyping project, and also to be already placed on the market. The research-only exclusion ends when the model is placed on the market.",
    citation: "Art 3(63); Art 3(9)",
  },
  {
    id: "intimate_imagery_without_media",
    questions: ["intimateImageryCapability", "syntheticContent"],
    when: {
      all: [
        { field: "intimateImageryCapability", in: GENERATES },
        { not: { field: "syntheticContent", includesAny: ["image", "audio", "video"] } },
      ],
    },
    text: "The system is said to be able to create or alter intimate images, video or audio, but images, audio and video are not among the kinds of content it is said to generate or manipulate.",
    citation: "Art 5(1)(ba); Art 50(2)",
  },
  {
    id: "csam_without_images",
    questions: ["csamCapability", "syntheticContent"],
    when: {
      all: [
        { field: "csamCapability", in: GENERATES },
        { not: { field: "syntheticContent", includesAny: ["image", "video"] } },
      ],
    },
    text: "The system is said to be able to create or alter child sexual abuse material, which is visual material, but images and video are not among the kinds of content it is said to generate or manipulate.",
    citation: "Art 5(1)(bb); Directive 2011/93/EU, Art 2(c)",
  },
  {
    id: "non_sensitive_only_with_sensitive",
    questions: ["biometricCategories"],
    when: {
      all: [
        { field: "biometricCategories", includesAny: ["non_sensitive"] },
        { field: "biometricCategories", includesAny: others(BIOMETRIC_CATEGORIES, "non_sensitive") },
      ],
    },
    text: '"Only non-sensitive traits" is chosen together with other characteristics, so the categorisation does not infer only non-sensitive traits.',
    citation: "Art 5(1)(g); Annex III 1(b)",
  },
  {
    id: "military_only_with_consumers",
    questions: ["intendedUsers", "militaryUse"],
    when: {
      all: [
        { field: "militaryUse", equals: "exclusively" },
        { field: "intendedUsers", includesAny: ["consumers"] },
      ],
    },
    text: "The system is said to be used exclusively for military, defence or national-security purposes, but consumers are among its users, which is civilian use.",
    citation: "Art 2(3); recital 24",
  },
  {
    id: "social_score_lawful_only_with_detriment",
    questions: ["socialScoreConsequence"],
    when: {
      all: [
        { field: "socialScoreConsequence", includesAny: ["lawful_purpose_specific"] },
        { field: "socialScoreConsequence", includesAny: ["unrelated_context_detriment", "disproportionate_treatment"] },
      ],
    },
    text: '"Only a lawful, purpose-specific evaluation" is chosen together with worse treatment in unrelated situations or out of proportion, so the score leads to more than that evaluation.',
    citation: "Art 5(1)(c); recital 31",
  },
  {
    id: "annex1_none_with_law",
    questions: ["annex1Legislation"],
    when: {
      all: [
        { field: "annex1Legislation", includesAny: ["none"] },
        { field: "annex1Legislation", includesAny: others(ANNEX1_LEGISLATION, "none") },
      ],
    },
    text: '"None of these" is chosen together with a product law: the product either falls under one of these laws or under none.',
    citation: "Art 6(1); Annex I",
  },
  {
    id: "annex3_none_with_area",
    questions: ["annex3Areas"],
    when: {
      all: [
        { field: "annex3Areas", includesAny: ["none"] },
        { field: "annex3Areas", includesAny: others(ANNEX3_AREAS, "none") },
      ],
    },
    text: '"None of these" is chosen together with an Annex III area: the system is either used in one of these areas or in none.',
    citation: "Art 6(2); Annex III",
  },
  {
    id: "travel_documents_only_with_other",
    questions: ["migrationUses"],
    when: {
      all: [
        { field: "migrationUses", includesAny: ["travel_document_verification"] },
        { field: "migrationUses", includesAny: others(MIGRATION_USES, "travel_document_verification") },
      ],
    },
    text: '"Only verifies travel documents" is chosen together with other migration uses, so the system does more than verify travel documents.',
    citation: "Annex III 7(d)",
  },
  {
    id: "court_administration_only_with_decisions",
    questions: ["justiceUses"],
    when: {
      all: [
        { field: "justiceUses", includesAny: ["court_administration"] },
        { field: "justiceUses", includesAny: ["judicial_decision_support", "adr_decision_support"] },
      ],
    },
    text: '"Ancillary court administration only" is chosen together with helping a judge or dispute-resolution body research, interpret and apply the law, which is more than administration.',
    citation: "Annex III 8(a); recital 61",
  },
  {
    id: "placed_in_future",
    questions: ["alreadyOnMarket", "placedOnMarketDate"],
    when: { field: "alreadyOnMarket", equals: true },
    exceeds: ["placedOnMarketDate", "asOf"],
    text: "The system or model is said to be already placed on the market or put into service, but the date given for that is still in the future.",
    citation: "Art 111; Art 3(9), Art 3(11)",
  },
  {
    id: "system_placed_in_future",
    questions: ["systemAlreadyOnMarket", "systemPlacedOnMarketDate"],
    when: { field: "systemAlreadyOnMarket", equals: true },
    exceeds: ["systemPlacedOnMarketDate", "asOf"],
    text: "The AI system itself is said to be already placed on the market or put into service, but the date given for that is still in the future.",
    citation: "Art 111(1), (2) and (4)",
  },
  {
    id: "system_before_first_placing",
    questions: ["placedOnMarketDate", "systemPlacedOnMarketDate"],
    when: ALWAYS,
    exceeds: ["placedOnMarketDate", "systemPlacedOnMarketDate"],
    text: "For a model and the system on it, the first date is the earlier of the two, yet the system's own date is earlier than it.",
    citation: "Art 111(1)-(4)",
  },
  {
    id: "cumulative_compute_below_modification",
    questions: ["trainingComputeFlop", "modificationComputeFlop"],
    when: ALWAYS,
    exceeds: ["modificationComputeFlop", "trainingComputeFlop"],
    text: "The model's cumulative training compute includes the compute of its modification, yet the modification alone is said to have used more.",
    citation: "Art 51(2); Art 3(67); Commission GPAI Guidelines",
  },
  {
    id: "designated_not_general",
    questions: ["modelGenerality", "commissionDesignated"],
    when: {
      all: [
        { field: "modelGenerality", equals: false },
        { field: "commissionDesignated", equals: true },
      ],
    },
    text: "The Commission designates only general-purpose AI models as having systemic risk, but the model is said not to be general-purpose.",
    citation: "Art 3(63), Art 51(1)(b)",
  },
];
