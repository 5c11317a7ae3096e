import type { TSystemProfile } from "@/lib/rules";

// Every Annex III sub-point as a profile that matches it, and the nearest profiles that do not. Kept apart from the
// tests so the table can grow without pushing annex3.test.ts past the file-size limit.

export type Match = [name: string, profile: TSystemProfile, point: string];

export const MATCHES: Match[] = [
  ["1(a) post RBI", { remoteBiometricIdentification: "post", rbiLawEnforcementPurpose: false }, "1(a)"],
  [
    "1(b) sensitive categorisation",
    {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["health_disability"],
      biometricCategorisationContext: "other",
    },
    "1(b)",
  ],
  [
    "1(c) emotion recognition in retail",
    { emotionInference: "biometric_emotions", emotionSettings: ["other"] },
    "1(c)",
  ],
  [
    "2 electricity safety component",
    {
      annex3Areas: ["critical_infrastructure"],
      criticalInfrastructureSector: "electricity",
      criticalInfrastructureFunction: "safety_component",
    },
    "2",
  ],
  [
    "3(a) admission",
    { annex3Areas: ["education"], educationUses: ["admission_assignment"], educationBodyType: "education_institution" },
    "3(a)",
  ],
  [
    "3(b) learning outcomes",
    { annex3Areas: ["education"], educationUses: ["learning_outcomes"], educationBodyType: "education_institution" },
    "3(b)",
  ],
  [
    "3(c) education level",
    { annex3Areas: ["education"], educationUses: ["education_level"], educationBodyType: "education_institution" },
    "3(c)",
  ],
  [
    "3(d) proctoring",
    { annex3Areas: ["education"], educationUses: ["proctoring"], educationBodyType: "education_institution" },
    "3(d)",
  ],
  ["4(a) recruitment", { annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] }, "4(a)"],
  [
    "4(b) promotion and termination",
    { annex3Areas: ["employment"], employmentUses: ["work_relationship_decisions"] },
    "4(b)",
  ],
  ["4(b) task allocation", { annex3Areas: ["employment"], employmentUses: ["task_allocation_traits"] }, "4(b)"],
  ["4(b) performance monitoring", { annex3Areas: ["employment"], employmentUses: ["performance_monitoring"] }, "4(b)"],
  [
    "5(a) public benefits",
    {
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["public_benefits_eligibility"],
      intendedUsers: ["public_authority"],
    },
    "5(a)",
  ],
  ["5(b) credit scoring", { annex3Areas: ["essential_services"], essentialServicesUses: ["creditworthiness"] }, "5(b)"],
  [
    "5(c) life and health insurance",
    { annex3Areas: ["essential_services"], essentialServicesUses: ["life_health_insurance"] },
    "5(c)",
  ],
  [
    "5(d) emergency triage",
    { annex3Areas: ["essential_services"], essentialServicesUses: ["emergency_triage"] },
    "5(d)",
  ],
  [
    "6(a) victim risk",
    { annex3Areas: ["law_enforcement"], lawEnforcementUses: ["victim_risk"], intendedUsers: ["law_enforcement"] },
    "6(a)",
  ],
  [
    "6(b) polygraph",
    { annex3Areas: ["law_enforcement"], lawEnforcementUses: ["polygraph"], intendedUsers: ["law_enforcement"] },
    "6(b)",
  ],
  [
    "6(c) evidence reliability",
    {
      annex3Areas: ["law_enforcement"],
      lawEnforcementUses: ["evidence_reliability"],
      intendedUsers: ["law_enforcement"],
    },
    "6(c)",
  ],
  [
    "6(d) re-offending risk",
    { annex3Areas: ["law_enforcement"], lawEnforcementUses: ["offending_risk"], intendedUsers: ["law_enforcement"] },
    "6(d)",
  ],
  [
    "6(e) profiling in investigations",
    { annex3Areas: ["law_enforcement"], lawEnforcementUses: ["crime_profiling"], intendedUsers: ["law_enforcement"] },
    "6(e)",
  ],
  [
    "7(a) border polygraph",
    { annex3Areas: ["migration"], migrationUses: ["polygraph"], intendedUsers: ["migration_authority"] },
    "7(a)",
  ],
  [
    "7(b) migration risk",
    { annex3Areas: ["migration"], migrationUses: ["risk_assessment"], intendedUsers: ["migration_authority"] },
    "7(b)",
  ],
  [
    "7(c) asylum applications",
    { annex3Areas: ["migration"], migrationUses: ["application_examination"], intendedUsers: ["migration_authority"] },
    "7(c)",
  ],
  [
    "7(d) identifying persons",
    { annex3Areas: ["migration"], migrationUses: ["person_identification"], intendedUsers: ["migration_authority"] },
    "7(d)",
  ],
  [
    "8(a) judicial support",
    {
      annex3Areas: ["justice_democracy"],
      justiceUses: ["judicial_decision_support"],
      intendedUsers: ["judicial_authority"],
    },
    "8(a)",
  ],
  [
    "8(a) ADR",
    { annex3Areas: ["justice_democracy"], justiceUses: ["adr_decision_support"], intendedUsers: ["adr_body"] },
    "8(a)",
  ],
  ["8(b) influencing voting", { annex3Areas: ["justice_democracy"], justiceUses: ["influence_voting"] }, "8(b)"],
];

export const NEAR_MISSES: [name: string, profile: TSystemProfile, findingCode: string][] = [
  ["1:1 verification", { remoteBiometricIdentification: "verification_only" }, "annex3.1a_verification"],
  [
    "non-sensitive categorisation",
    { biometricCategorisation: true, biometricCategorisationAncillary: false, biometricCategories: ["non_sensitive"] },
    "annex3.1b_non_sensitive",
  ],
  [
    "cybersecurity-only infrastructure component",
    {
      annex3Areas: ["critical_infrastructure"],
      criticalInfrastructureSector: "water",
      criticalInfrastructureFunction: "cybersecurity_only",
    },
    "annex3.2_cybersecurity_only",
  ],
  [
    "non-safety infrastructure function",
    {
      annex3Areas: ["critical_infrastructure"],
      criticalInfrastructureSector: "gas",
      criticalInfrastructureFunction: "non_safety",
    },
    "annex3.2_non_safety",
  ],
  [
    "infrastructure outside the list",
    {
      annex3Areas: ["critical_infrastructure"],
      criticalInfrastructureSector: "other",
      criticalInfrastructureFunction: "safety_component",
    },
    "annex3.2_other_sector",
  ],
  ["education support tool", { annex3Areas: ["education"], educationUses: ["other_support"] }, "annex3.near_miss"],
  [
    "employer training, not an institution",
    { annex3Areas: ["education"], educationUses: ["learning_outcomes"], educationBodyType: "other" },
    "annex3.3_not_institution",
  ],
  [
    "HR chatbot deciding nothing",
    { annex3Areas: ["employment"], employmentUses: ["hr_chatbot_no_decisions"] },
    "annex3.near_miss",
  ],
  [
    "fraud detection",
    { annex3Areas: ["essential_services"], essentialServicesUses: ["fraud_detection"] },
    "annex3.near_miss",
  ],
  [
    "motor insurance pricing",
    { annex3Areas: ["essential_services"], essentialServicesUses: ["other_insurance"] },
    "annex3.near_miss",
  ],
  [
    "benefits eligibility for a private insurer",
    {
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["public_benefits_eligibility"],
      intendedUsers: ["private_entity"],
    },
    "annex3.5(a)_users",
  ],
  [
    "victim risk for a private firm",
    { annex3Areas: ["law_enforcement"], lawEnforcementUses: ["victim_risk"], intendedUsers: ["private_entity"] },
    "annex3.6(a)_users",
  ],
  [
    "case management for police",
    { annex3Areas: ["law_enforcement"], lawEnforcementUses: ["other"], intendedUsers: ["law_enforcement"] },
    "annex3.near_miss",
  ],
  [
    "travel-document verification",
    {
      annex3Areas: ["migration"],
      migrationUses: ["travel_document_verification"],
      intendedUsers: ["migration_authority"],
    },
    "annex3.near_miss",
  ],
  [
    "ancillary court administration",
    { annex3Areas: ["justice_democracy"], justiceUses: ["court_administration"] },
    "annex3.near_miss",
  ],
  [
    "campaign logistics",
    { annex3Areas: ["justice_democracy"], justiceUses: ["campaign_logistics"] },
    "annex3.near_miss",
  ],
];
