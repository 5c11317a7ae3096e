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

// Done vs still open: the blue/orange pair stays apart for red-green colour blindness.
export const READINESS_COLORS = { done: OKABE_ITO.blue, open: OKABE_ITO.orange } as const;

// Neutral series colour for counts where the category is already on the axis.
export const SERIES_COLOR = "#4F46E5";
