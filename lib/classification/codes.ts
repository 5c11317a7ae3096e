import type { ClassificationResult, Tier } from "@/lib/rules";
import type { TierCode } from "@/lib/validations/system-fields";

// The engine speaks lower-case tiers and dispositions; the database enums are upper-case.
export function toTierCode(tier: Tier): TierCode {
  return tier.toUpperCase() as TierCode;
}

export type DispositionCode = Uppercase<ClassificationResult["disposition"]>;

export function toDispositionCode(disposition: ClassificationResult["disposition"]): DispositionCode {
  return disposition.toUpperCase() as DispositionCode;
}

// Re-exported, not redefined: lib/dal/classification/classification.ts still imports it from here; new code imports lib/dates.
