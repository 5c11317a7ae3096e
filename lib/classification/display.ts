import type { DispositionCode } from "@/lib/classification/codes";
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";

// How a stored classification (the denormalised columns on AiSystem, or a run) reads outside the classification
// pages: badges, lists, exports, reminders. While a run is UNDETERMINED its tier is only a floor, so nothing here
// ever shows it alone: the text is "Not determined yet" with the highest tier still possible.

export type StoredClassification = {
  tier: TierCode | null;
  disposition: DispositionCode | null;
  possibleTier?: TierCode | null;
};

export const DISPOSITION_DISPLAY: Record<DispositionCode, string> = {
  FINAL: "Final",
  REQUIRES_REVIEW: "Requires review",
  UNDETERMINED: "Not determined yet",
};

export const NOT_DETERMINED = DISPOSITION_DISPLAY.UNDETERMINED;

/** The tier a person should plan for: the possible tier while undetermined (older rows lack it: the tier). */
export function plannedTier(s: StoredClassification): TierCode | null {
  return s.disposition === "UNDETERMINED" ? (s.possibleTier ?? s.tier) : s.tier;
}

/** "could be High-risk": the ceiling of an undetermined classification, in words. */
export function couldBeText(s: StoredClassification): string {
  const tier = plannedTier(s);
  return tier ? `could be ${TIER_DISPLAY[tier]}` : "";
}

/** One line for a cell or a file: "High-risk", "Not classified", or "Not determined yet — could be High-risk". */
export function classificationText(s: StoredClassification): string {
  if (s.disposition === "UNDETERMINED") return [NOT_DETERMINED, couldBeText(s)].filter(Boolean).join(" — ");
  return s.tier ? TIER_DISPLAY[s.tier] : "Not classified";
}
