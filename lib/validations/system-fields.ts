// Codes and labels of the AI-system intake fields: shared by the intake schema, the seed, filters and display.
export const LIFECYCLE_STAGES = ["PLANNED", "IN_DEVELOPMENT", "PILOT", "IN_PRODUCTION", "RETIRED"] as const;
export const LIFECYCLE_LABELS: Record<(typeof LIFECYCLE_STAGES)[number], string> = {
  PLANNED: "Planned",
  IN_DEVELOPMENT: "In development",
  PILOT: "Pilot",
  IN_PRODUCTION: "In production",
  RETIRED: "Retired",
};

export const SOURCINGS = ["BUILT_IN_HOUSE", "PROCURED", "OPEN_SOURCE_ADAPTED", "EMBEDDED_IN_PRODUCT"] as const;
export const SOURCING_LABELS: Record<(typeof SOURCINGS)[number], string> = {
  BUILT_IN_HOUSE: "Built in-house",
  PROCURED: "Bought from a vendor",
  OPEN_SOURCE_ADAPTED: "Open-source, adapted",
  EMBEDDED_IN_PRODUCT: "Component of a product we make",
};

export const AUTOMATION_LEVELS = [
  "HUMAN_DECIDES",
  "HUMAN_IN_THE_LOOP",
  "HUMAN_ON_THE_LOOP",
  "FULLY_AUTOMATED",
] as const;
export const AUTOMATION_LABELS: Record<(typeof AUTOMATION_LEVELS)[number], string> = {
  HUMAN_DECIDES: "Advisory: a person decides",
  HUMAN_IN_THE_LOOP: "Human in the loop: a person approves each output",
  HUMAN_ON_THE_LOOP: "Human on the loop: a person monitors and can intervene",
  FULLY_AUTOMATED: "Fully automated",
};

export const DATA_CATEGORIES = ["PERSONAL", "BIOMETRIC", "SPECIAL_CATEGORY", "NON_PERSONAL"] as const;
export const DATA_CATEGORY_LABELS: Record<(typeof DATA_CATEGORIES)[number], string> = {
  PERSONAL: "Personal data",
  BIOMETRIC: "Biometric data",
  SPECIAL_CATEGORY: "Special-category data (Art 9 GDPR)",
  NON_PERSONAL: "No personal data",
};

export const AFFECTED_GROUPS = [
  "CUSTOMERS",
  "JOB_APPLICANTS",
  "EMPLOYEES",
  "STUDENTS",
  "PATIENTS",
  "CHILDREN",
  "GENERAL_PUBLIC",
  "VULNERABLE_PERSONS",
  "BUSINESS_CLIENTS",
] as const;
export const AFFECTED_GROUP_LABELS: Record<(typeof AFFECTED_GROUPS)[number], string> = {
  CUSTOMERS: "Customers",
  JOB_APPLICANTS: "Job applicants",
  EMPLOYEES: "Employees",
  STUDENTS: "Students",
  PATIENTS: "Patients",
  CHILDREN: "Children",
  GENERAL_PUBLIC: "General public",
  VULNERABLE_PERSONS: "Vulnerable persons",
  BUSINESS_CLIENTS: "Business clients",
};

export const EU_MEMBER_STATES = {
  AT: "Austria",
  BE: "Belgium",
  BG: "Bulgaria",
  HR: "Croatia",
  CY: "Cyprus",
  CZ: "Czechia",
  DK: "Denmark",
  EE: "Estonia",
  FI: "Finland",
  FR: "France",
  DE: "Germany",
  GR: "Greece",
  HU: "Hungary",
  IE: "Ireland",
  IT: "Italy",
  LV: "Latvia",
  LT: "Lithuania",
  LU: "Luxembourg",
  MT: "Malta",
  NL: "Netherlands",
  PL: "Poland",
  PT: "Portugal",
  RO: "Romania",
  SK: "Slovakia",
  SI: "Slovenia",
  ES: "Spain",
  SE: "Sweden",
} as const;
export type MemberStateCode = keyof typeof EU_MEMBER_STATES;

export const TIER_CODES = [
  "PROHIBITED",
  "HIGH",
  "LIMITED",
  "GPAI",
  "GPAI_SYSTEMIC",
  "MINIMAL",
  "OUT_OF_SCOPE",
] as const;
export type TierCode = (typeof TIER_CODES)[number];
export const TIER_DISPLAY: Record<TierCode, string> = {
  PROHIBITED: "Prohibited",
  HIGH: "High-risk",
  LIMITED: "Transparency (limited)",
  GPAI: "GPAI model",
  GPAI_SYSTEMIC: "GPAI, systemic risk",
  MINIMAL: "Minimal",
  OUT_OF_SCOPE: "Out of scope",
};
