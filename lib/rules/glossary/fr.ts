import type { Glossary } from "./types";

// Règlement (UE) 2024/1689, version française : définitions de l'article 3 et titres des articles.
export const glossaryFr: Glossary = {
  aiSystem: { one: "système d'IA", other: "systèmes d'IA" },
  provider: { one: "fournisseur", other: "fournisseurs" },
  deployer: { one: "déployeur", other: "déployeurs" },
  operator: { one: "opérateur", other: "opérateurs" },
  importer: { one: "importateur", other: "importateurs" },
  distributor: { one: "distributeur", other: "distributeurs" },
  authorisedRepresentative: { one: "mandataire", other: "mandataires" },
  highRiskAiSystem: { one: "système d'IA à haut risque", other: "systèmes d'IA à haut risque" },
  generalPurposeAiModel: { one: "modèle d'IA à usage général", other: "modèles d'IA à usage général" },
  systemicRisk: { one: "risque systémique" },
  seriousIncident: { one: "incident grave", other: "incidents graves" },
  postMarketMonitoring: { one: "surveillance après commercialisation" },
  // Unsure of the exact wording: Art 27's title reads "analyse d'impact des systèmes d'IA à haut risque sur les
  // droits fondamentaux"; the body and recitals shorten it to this form.
  fundamentalRightsImpactAssessment: { one: "analyse d'impact sur les droits fondamentaux" },
  notifiedBody: { one: "organisme notifié", other: "organismes notifiés" },
  conformityAssessment: { one: "évaluation de la conformité" },
  prohibitedPractice: { one: "pratique interdite en matière d'IA", other: "pratiques interdites en matière d'IA" },
  transparencyObligations: { one: "obligations de transparence" },
  aiLiteracy: { one: "maîtrise de l'IA" },
  marketSurveillanceAuthority: {
    one: "autorité de surveillance du marché",
    other: "autorités de surveillance du marché",
  },
  placingOnTheMarket: { one: "mise sur le marché" },
  puttingIntoService: { one: "mise en service" },
  substantialModification: { one: "modification substantielle", other: "modifications substantielles" },
  intendedPurpose: { one: "destination" },
  technicalDocumentation: { one: "documentation technique" },
  humanOversight: { one: "contrôle humain" },
  riskManagementSystem: { one: "système de gestion des risques" },
  qualityManagementSystem: { one: "système de gestion de la qualité" },
  ceMarking: { one: "marquage CE" },
  euDatabase: { one: "base de données de l'UE" },
  aiOffice: { one: "Bureau de l'IA" },
};
