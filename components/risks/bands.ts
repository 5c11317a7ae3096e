import type { BadgeTone } from "@/components/ui/badge";
import type { RiskBand } from "@/lib/risks/score";

// One colour per band, always shown with its number and word too (never colour alone); dark text on light fills.
export const BAND_TONES: Record<RiskBand, BadgeTone> = {
  LOW: "green",
  MEDIUM: "amber",
  HIGH: "orange",
  CRITICAL: "red",
};

export const BAND_CELL: Record<RiskBand, string> = {
  LOW: "bg-emerald-50 text-emerald-900",
  MEDIUM: "bg-amber-50 text-amber-900",
  HIGH: "bg-orange-200 text-orange-950",
  CRITICAL: "bg-red-200 text-red-950",
};
