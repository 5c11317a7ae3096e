import type { FrameworkId } from "../types";

/**
 * One language's words for the crosswalk. Titles are keyed by framework and control id, groups by the English group
 * (an ISO/IEC 42001 clause or a NIST AI RMF function); a NIST AI 600-1 group is the AI RMF subcategory's title, so it
 * needs no entry of its own.
 */
export type StandardsCatalogue = {
  titles: Record<FrameworkId, Readonly<Record<string, string>>>;
  groups: Readonly<Record<string, string>>;
  editions: Partial<Record<FrameworkId, string>>;
};
