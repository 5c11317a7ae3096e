import type { LIFECYCLE_LABELS, TierCode } from "./system-fields";

// The message key of each tier and lifecycle stage. Every namespace that words them (the badges, the filters, the
// PDFs' labels, the gate's reasons, the intake's options) uses these same key names, so one table serves them all.
export const TIER_KEYS = {
  PROHIBITED: "tierProhibited",
  HIGH: "tierHigh",
  LIMITED: "tierLimited",
  GPAI: "tierGpai",
  GPAI_SYSTEMIC: "tierGpaiSystemic",
  MINIMAL: "tierMinimal",
  OUT_OF_SCOPE: "tierOutOfScope",
} as const satisfies Record<TierCode, string>;

export const LIFECYCLE_KEYS = {
  PLANNED: "lifecyclePlanned",
  IN_DEVELOPMENT: "lifecycleInDevelopment",
  PILOT: "lifecyclePilot",
  IN_PRODUCTION: "lifecycleInProduction",
  RETIRED: "lifecycleRetired",
} as const satisfies Record<keyof typeof LIFECYCLE_LABELS, string>;
