/**
 * Answer codes of the system profile. The zod schema and the questionnaire both read
 * these arrays, so an answer the wizard offers is always one the schema accepts.
 */

export const ARTEFACT_TYPES = ["ai_system", "ai_model", "model_and_system"] as const;
export const TECHNIQUES = [
  "machine_learning",
  "logic_knowledge_based",
  "search_optimisation",
  "basic_statistics",
  "human_defined_rules",
  "basic_data_processing",
] as const;

export const ACTIVITIES = [
  "develops",
  "markets_under_own_name",
  "uses",
  "imports",
  "distributes",
  "authorised_representative",
  "integrates_into_own_product",
] as const;
export const ART25_ACTIONS = ["own_name_on_high_risk", "substantial_modification", "changed_intended_purpose"] as const;

export const MILITARY_USE = ["exclusively", "partly", "no"] as const;
export const INTENDED_USERS = [
  "public_authority",
  "law_enforcement",
  "migration_authority",
  "judicial_authority",
  "adr_body",
  "private_entity",
  "consumers",
  "military_defence",
] as const;
export const DEPLOYER_ENTITY_TYPES = [
  "public_law_body",
  "private_public_service",
  "private_education_or_health",
  "private_other",
  // Added after the others: stored answers keep their codes.
  "natural_person",
] as const;

export const MANIPULATION_EFFECTS = [
  "significant_harm_likely",
  "lawful_standard_practice",
  "no_significant_harm",
] as const;
export const VULNERABILITY_EFFECTS = ["significant_harm_likely", "no_significant_harm"] as const;
export const SOCIAL_SCORE_CONSEQUENCES = [
  "unrelated_context_detriment",
  "disproportionate_treatment",
  "lawful_purpose_specific",
] as const;
export const CRIME_RISK_ASSESSMENTS = [
  "solely_profiling_or_traits",
  "supports_human_assessment",
  "place_based",
  "legal_persons",
  "none",
] as const;
export const EMOTION_INFERENCE = [
  "biometric_emotions",
  "text_sentiment",
  "behavioural_emotions",
  "physical_states_only",
  "none",
] as const;
export const EMOTION_SETTINGS = ["workplace", "education", "recruitment", "other"] as const;
export const BIOMETRIC_CATEGORIES = [
  "race_ethnicity",
  "political_opinions",
  "trade_union_membership",
  "religious_beliefs",
  "sex_life_orientation",
  "health_disability",
  "sex_gender",
  "age",
  "non_sensitive",
] as const;
export const BIOMETRIC_CATEGORISATION_CONTEXTS = ["labelling_lawful_dataset", "law_enforcement", "other"] as const;
export const RBI_MODES = ["real_time", "post", "verification_only", "none"] as const;
export const RBI_EXCEPTIONS = ["victim_search", "imminent_threat", "serious_crime_suspect", "none"] as const;
export const GENERATION_CAPABILITIES = [
  "intended_purpose",
  "foreseeable_without_safeguards",
  "foreseeable_with_safeguards",
  "not_capable",
] as const;

export const ANNEX1_LEGISLATION = [
  "toys",
  "recreational_craft",
  "lifts",
  "atex",
  "radio_equipment",
  "pressure_equipment",
  "cableways",
  "ppe",
  "gas_appliances",
  "medical_devices",
  "in_vitro_diagnostics",
  "civil_aviation_security",
  "two_three_wheel_vehicles",
  "agricultural_vehicles",
  "marine_equipment",
  "rail",
  "motor_vehicles",
  "vehicle_general_safety",
  "unmanned_aircraft",
  "machinery",
  "none",
] as const;
export const ANNEX1_FUNCTIONS = ["safety_component", "product_itself", "non_safety_only"] as const;
export const THIRD_PARTY_ASSESSMENT = [
  "health_safety",
  "non_safety_only",
  "cybersecurity_privacy",
  "not_required",
] as const;

export const ANNEX3_AREAS = [
  "critical_infrastructure",
  "education",
  "employment",
  "essential_services",
  "law_enforcement",
  "migration",
  "justice_democracy",
  "none",
] as const;
export const CRITICAL_INFRASTRUCTURE_SECTORS = [
  "digital_infrastructure",
  "road_traffic",
  "water",
  "gas",
  "heating",
  "electricity",
  "other",
] as const;
export const CRITICAL_INFRASTRUCTURE_FUNCTIONS = ["safety_component", "cybersecurity_only", "non_safety"] as const;
export const EDUCATION_USES = [
  "admission_assignment",
  "learning_outcomes",
  "education_level",
  "proctoring",
  "other_support",
  "attention_monitoring",
] as const;
export const EDUCATION_BODY_TYPES = ["education_institution", "certification_body", "other"] as const;
export const EMPLOYMENT_USES = [
  "recruitment_selection",
  "cv_parsing",
  "work_relationship_decisions",
  "task_allocation_traits",
  "performance_monitoring",
  "hr_chatbot_no_decisions",
] as const;
export const ESSENTIAL_SERVICES_USES = [
  "public_benefits_eligibility",
  "creditworthiness",
  "fraud_detection",
  "life_health_insurance",
  "other_insurance",
  "emergency_triage",
] as const;
export const LAW_ENFORCEMENT_USES = [
  "victim_risk",
  "polygraph",
  "evidence_reliability",
  "offending_risk",
  "crime_profiling",
  "other",
  "identify_from_description",
] as const;
export const MIGRATION_USES = [
  "polygraph",
  "risk_assessment",
  "application_examination",
  "person_identification",
  "travel_document_verification",
] as const;
export const JUSTICE_USES = [
  "judicial_decision_support",
  "adr_decision_support",
  "court_administration",
  "influence_voting",
  "campaign_logistics",
] as const;

export const DEROGATION_CONDITIONS = [
  "narrow_procedural",
  "improves_human_activity",
  "detects_patterns",
  "preparatory_task",
] as const;
export const DEROGATION_STATUS = ["not_documented", "documented", "documented_and_reviewed"] as const;

export const SYNTHETIC_CONTENT = ["text", "image", "audio", "video"] as const;
export const SYNTHETIC_EXEMPTIONS = ["standard_editing", "no_substantial_alteration", "outside_scope", "none"] as const;

export const MODEL_ORIGINS = ["trained_in_house", "modified_third_party"] as const;
