import type { Glossary } from "./types";

// Verordnung (EU) 2024/1689, deutsche Fassung: Begriffsbestimmungen in Art 3 und die Überschriften der Artikel.
export const glossaryDe: Glossary = {
  aiSystem: { one: "KI-System", other: "KI-Systeme" },
  provider: { one: "Anbieter" },
  deployer: { one: "Betreiber" },
  // Art 3 Nr. 8: "Akteur" is the Act's umbrella word for provider, deployer, importer and the others.
  operator: { one: "Akteur", other: "Akteure" },
  importer: { one: "Einführer" },
  distributor: { one: "Händler" },
  authorisedRepresentative: { one: "Bevollmächtigter", other: "Bevollmächtigte" },
  highRiskAiSystem: { one: "Hochrisiko-KI-System", other: "Hochrisiko-KI-Systeme" },
  generalPurposeAiModel: {
    one: "KI-Modell mit allgemeinem Verwendungszweck",
    other: "KI-Modelle mit allgemeinem Verwendungszweck",
  },
  systemicRisk: { one: "systemisches Risiko" },
  seriousIncident: { one: "schwerwiegender Vorfall", other: "schwerwiegende Vorfälle" },
  postMarketMonitoring: { one: "Beobachtung nach dem Inverkehrbringen" },
  fundamentalRightsImpactAssessment: { one: "Grundrechte-Folgenabschätzung" },
  notifiedBody: { one: "notifizierte Stelle", other: "notifizierte Stellen" },
  conformityAssessment: { one: "Konformitätsbewertung" },
  prohibitedPractice: { one: "verbotene Praktik im KI-Bereich", other: "verbotene Praktiken im KI-Bereich" },
  transparencyObligations: { one: "Transparenzpflichten" },
  aiLiteracy: { one: "KI-Kompetenz" },
  marketSurveillanceAuthority: { one: "Marktüberwachungsbehörde", other: "Marktüberwachungsbehörden" },
  placingOnTheMarket: { one: "Inverkehrbringen" },
  puttingIntoService: { one: "Inbetriebnahme" },
  substantialModification: { one: "wesentliche Veränderung", other: "wesentliche Veränderungen" },
  intendedPurpose: { one: "Zweckbestimmung" },
  technicalDocumentation: { one: "technische Dokumentation" },
  humanOversight: { one: "menschliche Aufsicht" },
  riskManagementSystem: { one: "Risikomanagementsystem" },
  qualityManagementSystem: { one: "Qualitätsmanagementsystem" },
  ceMarking: { one: "CE-Kennzeichnung" },
  euDatabase: { one: "EU-Datenbank" },
  // Unsure: the Act writes "Büro für Künstliche Intelligenz" in Art 3 Nr. 47; later texts also say "KI-Büro".
  aiOffice: { one: "Büro für Künstliche Intelligenz" },
};
