// The standards crosswalk (issue #19): ISO/IEC 42001, NIST AI RMF and Generative AI Profile controls mapped to what Actlas keeps. Pure data
// and pure functions, no imports beyond types, so pages, exports and tests read the same tables.

export const FRAMEWORK_IDS = ["iso-42001", "nist-ai-rmf", "nist-ai-600-1"] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * What a control is evidenced by in Actlas, each with the AI Act article it rests on (the citation shown beside the
 * control number). `obligation` is a rule-set obligation code (every system's duty of that code counts); `risk` is the
 * Art 9 risk register of high-risk systems; `literacy` the Art 4 register; `inventory` the classified inventory.
 */
export type Target =
  | { kind: "obligation"; code: string; article: string }
  | { kind: "risk"; article: "Art 9" }
  | { kind: "literacy"; article: "Art 4" }
  | { kind: "inventory"; article: "Art 6" };

export type Control = {
  /** The standard's own number: "A.6.2.4", "GOVERN 1.1", "GV-1.6-001". */
  id: string;
  /** The group it belongs to ("A.6 AI system life cycle", "GOVERN", "GOVERN 1.6"), our words. */
  group: string;
  /** A short title in our own words: never the standard's text. */
  title: string;
  /** Empty: not covered by Actlas records. */
  maps: readonly Target[];
};

export type Framework = {
  id: FrameworkId;
  name: string;
  edition: string;
  /** True for ISO 42001: its Annex A is what a Statement of Applicability lists. */
  hasSoa: boolean;
  summary: string;
  controls: readonly Control[];
};

export const ob = (code: string, article: string): Target => ({ kind: "obligation", code, article });
export const RISK: Target = { kind: "risk", article: "Art 9" };
export const LITERACY: Target = { kind: "literacy", article: "Art 4" };
export const INVENTORY: Target = { kind: "inventory", article: "Art 6" };
