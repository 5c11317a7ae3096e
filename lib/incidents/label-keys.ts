import type { IncidentHarmCode, IncidentStatusCode } from "./labels";

// The message key of each harm category and status. The pages (IncidentLabels), the serious-incident report
// (IncidentReportPdf) and the channel messages word them under these same key names.
export const HARM_KEYS = {
  DEATH: "harmDeath",
  HEALTH: "harmHealth",
  CRITICAL_INFRASTRUCTURE: "harmCriticalInfrastructure",
  FUNDAMENTAL_RIGHTS: "harmFundamentalRights",
  PROPERTY_ENVIRONMENT: "harmPropertyEnvironment",
  WIDESPREAD_INFRINGEMENT: "harmWidespreadInfringement",
} as const satisfies Record<IncidentHarmCode, string>;

export const STATUS_KEYS = {
  DRAFT: "statusDraft",
  OPEN: "statusOpen",
  INITIAL_REPORTED: "statusInitialReported",
  REPORTED: "statusReported",
  CLOSED: "statusClosed",
} as const satisfies Record<IncidentStatusCode, string>;
