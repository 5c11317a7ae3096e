import type { Annex3Table, IntendedUser } from "../types";

// "By or on behalf of" conditions of the Annex III lead-ins.
// Armed forces and defence bodies are public authorities; their exclusively military use is out of scope (Art 2(3)).
const PUBLIC: readonly IntendedUser[] = [
  "public_authority",
  "law_enforcement",
  "migration_authority",
  "judicial_authority",
  "military_defence",
];
const LAW_ENFORCEMENT: readonly IntendedUser[] = ["law_enforcement"];
const MIGRATION: readonly IntendedUser[] = ["migration_authority"];

/**
 * Annex III points 3-8, keyed by the questionnaire's answer codes. Points 1 (biometrics)
 * and 2 (critical infrastructure) are decided from their own questions in the engine.
 * A match needs the sub-point, not the sector: near-misses carry their exclusion.
 */
export const ANNEX3: Annex3Table = {
  educationUses: {
    admission_assignment: { point: "3(a)", title: "Access, admission or assignment to education institutions" },
    learning_outcomes: { point: "3(b)", title: "Evaluating learning outcomes" },
    education_level: { point: "3(c)", title: "Assessing the appropriate level of education" },
    proctoring: { point: "3(d)", title: "Monitoring prohibited behaviour of students during tests" },
    other_support: {
      excluded:
        "Education support that decides no admission, evaluation, level or proctoring is not an Annex III 3 use case.",
      citation: "Annex III 3",
    },
    attention_monitoring: {
      excluded:
        "Watching whether students pay attention outside tests is not Annex III 3(d), which covers detecting prohibited behaviour during tests. Whether it is emotion recognition, banned in education institutions, turns on what it infers and from what: emotions or intentions (boredom, interest, frustration) read from faces, voices or bodies are; physical states such as fatigue are not. The emotion question decides it.",
      citation: "Annex III 3(d); Art 3(39); Art 5(1)(f); recital 18",
    },
  },
  employmentUses: {
    recruitment_selection: { point: "4(a)", title: "Recruitment or selection of natural persons" },
    cv_parsing: { point: "4(a)", title: "Analysing and filtering job applications" },
    work_relationship_decisions: { point: "4(b)", title: "Decisions on terms of work, promotion or termination" },
    task_allocation_traits: { point: "4(b)", title: "Allocating tasks based on individual behaviour or traits" },
    performance_monitoring: { point: "4(b)", title: "Monitoring and evaluating performance and behaviour" },
    hr_chatbot_no_decisions: {
      excluded:
        "An HR assistant that decides nothing about recruitment, terms, tasks or performance is not an Annex III 4 use case.",
      citation: "Annex III 4",
    },
  },
  essentialServicesUses: {
    public_benefits_eligibility: {
      point: "5(a)",
      title: "Eligibility for essential public assistance benefits and services",
      requiresUsers: PUBLIC,
    },
    creditworthiness: { point: "5(b)", title: "Creditworthiness or credit scoring of natural persons" },
    fraud_detection: {
      excluded: "Systems used to detect financial fraud are expressly excluded from Annex III 5(b).",
      citation: "Annex III 5(b)",
    },
    life_health_insurance: { point: "5(c)", title: "Risk assessment and pricing in life and health insurance" },
    other_insurance: {
      excluded:
        "Annex III 5(c) covers life and health insurance only; motor and property insurance pricing is not high-risk under it.",
      citation: "Annex III 5(c)",
    },
    emergency_triage: { point: "5(d)", title: "Emergency calls, dispatch and emergency patient triage" },
  },
  lawEnforcementUses: {
    victim_risk: {
      point: "6(a)",
      title: "Assessing a person's risk of becoming a victim of crime",
      requiresUsers: LAW_ENFORCEMENT,
    },
    polygraph: { point: "6(b)", title: "Polygraphs and similar tools", requiresUsers: LAW_ENFORCEMENT },
    evidence_reliability: {
      point: "6(c)",
      title: "Evaluating the reliability of evidence",
      requiresUsers: LAW_ENFORCEMENT,
    },
    offending_risk: {
      point: "6(d)",
      title: "Assessing risk of offending or re-offending",
      requiresUsers: LAW_ENFORCEMENT,
    },
    crime_profiling: {
      point: "6(e)",
      title: "Profiling in detecting, investigating or prosecuting crime",
      requiresUsers: LAW_ENFORCEMENT,
    },
    other: {
      excluded: "Law-enforcement support outside points 6(a)-(e) is not an Annex III 6 use case.",
      citation: "Annex III 6",
    },
    // Matching people to a witness description uses no biometric data (not Annex III 1(a)) and fits none of 6(a)-(d);
    // ranking people against it by evaluating their behaviour, location or movements is profiling, 6(e).
    identify_from_description: {
      point: "6(e)",
      title: "Identifying suspects from a description by profiling them",
      requiresUsers: LAW_ENFORCEMENT,
      requiresProfiling: true,
    },
  },
  migrationUses: {
    polygraph: { point: "7(a)", title: "Polygraphs and similar tools", requiresUsers: MIGRATION },
    risk_assessment: {
      point: "7(b)",
      title: "Security, irregular-migration or health risk assessment",
      requiresUsers: MIGRATION,
    },
    application_examination: {
      point: "7(c)",
      title: "Examining asylum, visa and residence-permit applications",
      requiresUsers: MIGRATION,
    },
    person_identification: {
      point: "7(d)",
      title: "Detecting, recognising or identifying persons",
      requiresUsers: MIGRATION,
    },
    travel_document_verification: {
      excluded: "Verification of travel documents is expressly excluded from Annex III 7(d).",
      citation: "Annex III 7(d)",
    },
  },
  justiceUses: {
    judicial_decision_support: {
      point: "8(a)",
      title: "Assisting a judicial authority to research, interpret and apply the law",
      requiresUsers: ["judicial_authority"],
    },
    adr_decision_support: {
      point: "8(a)",
      title: "The same, in alternative dispute resolution",
      requiresUsers: ["adr_body", "judicial_authority"],
    },
    court_administration: {
      excluded:
        "Purely ancillary administrative tasks (anonymisation, communication, resource allocation) are outside Annex III 8(a).",
      citation: "Annex III 8(a); recital 61",
    },
    influence_voting: { point: "8(b)", title: "Influencing elections, referendums or voting behaviour" },
    campaign_logistics: {
      excluded:
        "Tools organising or optimising political campaigns whose output people are not directly exposed to are excluded from Annex III 8(b).",
      citation: "Annex III 8(b)",
    },
  },
};
