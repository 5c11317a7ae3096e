import type { TierCode } from "@/lib/validations/system-fields";

// Okabe–Ito: distinguishable with the common colour-vision deficiencies. Colour never carries meaning alone:
// every bar also has a text label and a row in the data table.
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  grey: "#8C8C8C",
} as const;

// One colour per meaning across every chart of the dashboard and the portfolio report: a colour that stands for
// "High-risk" in one chart never stands for something else in another. tests/unit/dashboard/palette.test.ts
// checks that no two meanings share a colour.
export const TIER_COLORS: Record<TierCode | "NONE", string> = {
  PROHIBITED: OKABE_ITO.vermillion,
  HIGH: OKABE_ITO.orange,
  LIMITED: OKABE_ITO.yellow,
  GPAI: OKABE_ITO.skyBlue,
  GPAI_SYSTEMIC: OKABE_ITO.purple,
  MINIMAL: OKABE_ITO.green,
  OUT_OF_SCOPE: OKABE_ITO.grey,
  NONE: "#CBD5E1",
};

// Done vs still open: dark indigo and pale lavender, a hue no tier uses, told apart by lightness (so also in
// greyscale and with any colour-vision deficiency). Bars carry a dark outline so the pale part stays visible.
export const READINESS_COLORS = { done: "#332288", open: "#D8D2F0" } as const;

// Open duties past their due date (trend chart).
export const OVERDUE_COLOR = "#7A1F1F";

// Neutral series colour for counts where the category is already on the axis (roles, stages, units).
export const SERIES_COLOR = "#52627A";

// Outline of bars and swatches, so pale fills keep a 3:1 edge against white.
export const OUTLINE_COLOR = "#334155";

/** Every colour with the one thing it means; the palette test asserts no colour appears twice. */
export const COLOR_MEANINGS: { meaning: string; color: string }[] = [
  ...Object.entries(TIER_COLORS).map(([tier, color]) => ({ meaning: `tier ${tier}`, color })),
  { meaning: "obligations done or not applicable", color: READINESS_COLORS.done },
  { meaning: "obligations still open", color: READINESS_COLORS.open },
  { meaning: "overdue obligations", color: OVERDUE_COLOR },
  { meaning: "systems (neutral count)", color: SERIES_COLOR },
];
