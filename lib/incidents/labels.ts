// Names of the incident enums as people read them, with the provision behind each harm category.
export const INCIDENT_HARMS = [
  "DEATH",
  "HEALTH",
  "CRITICAL_INFRASTRUCTURE",
  "FUNDAMENTAL_RIGHTS",
  "PROPERTY_ENVIRONMENT",
  "WIDESPREAD_INFRINGEMENT",
] as const;
export type IncidentHarmCode = (typeof INCIDENT_HARMS)[number];

export const INCIDENT_STATUSES = ["DRAFT", "OPEN", "INITIAL_REPORTED", "REPORTED", "CLOSED"] as const;
export type IncidentStatusCode = (typeof INCIDENT_STATUSES)[number];

export const HARM_LABELS: Record<IncidentHarmCode, string> = {
  DEATH: "Death of a person",
  HEALTH: "Serious harm to a person's health",
  CRITICAL_INFRASTRUCTURE: "Serious and irreversible disruption of critical infrastructure",
  FUNDAMENTAL_RIGHTS: "Infringement of obligations protecting fundamental rights",
  PROPERTY_ENVIRONMENT: "Serious harm to property or the environment",
  WIDESPREAD_INFRINGEMENT: "Widespread infringement",
};

export const HARM_ARTICLES: Record<IncidentHarmCode, string> = {
  DEATH: "Art 3(49)(a); Art 73(4)",
  HEALTH: "Art 3(49)(a); Art 73(2)",
  CRITICAL_INFRASTRUCTURE: "Art 3(49)(b); Art 73(3)",
  FUNDAMENTAL_RIGHTS: "Art 3(49)(c); Art 73(2)",
  PROPERTY_ENVIRONMENT: "Art 3(49)(d); Art 73(2)",
  WIDESPREAD_INFRINGEMENT: "Art 3(61); Art 73(3)",
};

export const STATUS_LABELS: Record<IncidentStatusCode, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  INITIAL_REPORTED: "Initial report filed",
  REPORTED: "Complete report filed",
  CLOSED: "Closed",
};

export function incidentReference(number: number): string {
  return `INC-${String(number).padStart(4, "0")}`;
}
