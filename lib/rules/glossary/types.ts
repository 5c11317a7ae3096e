// A legal term of Regulation (EU) 2024/1689 in one language: its singular, and its plural where the language has one
// the interface uses. The id names the term the same way in every language.
export type GlossaryTerm = { one: string; other?: string };

export const GLOSSARY_TERM_IDS = [
  "aiSystem",
  "provider",
  "deployer",
  "operator",
  "importer",
  "distributor",
  "authorisedRepresentative",
  "highRiskAiSystem",
  "generalPurposeAiModel",
  "systemicRisk",
  "seriousIncident",
  "postMarketMonitoring",
  "fundamentalRightsImpactAssessment",
  "notifiedBody",
  "conformityAssessment",
  "prohibitedPractice",
  "transparencyObligations",
  "aiLiteracy",
  "marketSurveillanceAuthority",
  "placingOnTheMarket",
  "puttingIntoService",
  "substantialModification",
  "intendedPurpose",
  "technicalDocumentation",
  "humanOversight",
  "riskManagementSystem",
  "qualityManagementSystem",
  "ceMarking",
  "euDatabase",
  "aiOffice",
] as const;

export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];
export type Glossary = Record<GlossaryTermId, GlossaryTerm>;
