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

/** Today as YYYY-MM-DD in UTC: the as-of date of every run stored by the app. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
