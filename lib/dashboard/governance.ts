import type { FrameworkSummary } from "@/lib/standards/coverage";

// The dashboard's governance figures, pure: what "covered" means for a framework, and whole percentages.

/** A whole percentage, or null when there is nothing to count (a 100 % of nothing would mislead). */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((100 * part) / whole);
}

export type StandardsFigure = {
  /** Controls with something to evidence in Actlas records (fully, partly or not at all evidenced). */
  counted: number;
  evidenced: number;
  /** Partly evidenced or not at all: the rows behind the framework page's "Gaps" tab. */
  gaps: number;
  percent: number | null;
};

// Controls excluded by the Statement of Applicability, those Actlas records cannot evidence and those with nothing to
// evidence yet are left out of the percentage: counting them would keep it from ever reaching 100 % (or, for
// "nothing yet", claim coverage that no record shows).
export function standardsFigure(s: FrameworkSummary): StandardsFigure {
  const counted = s.evidenced + s.partial + s.gap;
  return { counted, evidenced: s.evidenced, gaps: s.partial + s.gap, percent: percentOf(s.evidenced, counted) };
}
