import { ISO_42001_CONTROLS } from "./iso-42001";
import { NIST_AI_600_1_ACTIONS } from "./nist-ai-600-1";
import { NIST_AI_RMF_CONTROLS } from "./nist-ai-rmf";
import { FRAMEWORK_IDS, type Framework, type FrameworkId } from "./types";

export * from "./types";

/**
 * The crosswalk's version, like the rule set's: a change of a mapping is a new version and a line in the changelog,
 * so an exported Statement of Applicability says which mapping it was computed with.
 */
export const STANDARDS_VERSION = "2026-12-crosswalk-2";

export const STANDARDS_CHANGELOG: readonly { version: string; date: string; change: string }[] = [
  {
    version: "2026-12-crosswalk-1",
    date: "2026-12-05",
    change:
      "First mapping: ISO/IEC 42001:2023 Annex A (38 controls) and NIST AI RMF 1.0 (72 subcategories) to the obligations of rule set 2026-07-omnibus-r2, the Art 9 risk register, the Art 4 literacy register and the classified inventory.",
  },
  {
    version: "2026-12-crosswalk-2",
    date: "2026-12-05",
    change:
      "NIST AI 600-1 (Generative AI Profile): 22 of its suggested actions that Actlas records evidence, by action id, mapped to the GPAI, Art 50 transparency, incident and value-chain obligations, the risk register, the literacy register and the inventory. The ISO/IEC 42001 and NIST AI RMF 1.0 mappings are unchanged.",
  },
];

export const FRAMEWORKS: Record<FrameworkId, Framework> = {
  "iso-42001": {
    id: "iso-42001",
    name: "ISO/IEC 42001",
    edition: "2023, Annex A",
    hasSoa: true,
    summary:
      "AI management system: the reference controls an organisation includes or excludes in its Statement of Applicability.",
    controls: ISO_42001_CONTROLS,
  },
  "nist-ai-rmf": {
    id: "nist-ai-rmf",
    name: "NIST AI RMF",
    edition: "1.0 (AI 100-1)",
    hasSoa: false,
    summary: "AI Risk Management Framework: the subcategories of Govern, Map, Measure and Manage.",
    controls: NIST_AI_RMF_CONTROLS,
  },
  "nist-ai-600-1": {
    id: "nist-ai-600-1",
    name: "NIST AI 600-1",
    edition: "Generative AI Profile (2024)",
    hasSoa: false,
    summary:
      "The Generative AI Profile's suggested actions that Actlas records evidence, by action id and grouped by AI RMF subcategory. The profile's other actions are not listed here.",
    controls: NIST_AI_600_1_ACTIONS,
  },
};

export function isFrameworkId(value: string): value is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(value);
}

/** Every obligation code some control maps to: the coverage query reads only these. */
export function mappedObligationCodes(): string[] {
  const codes = new Set<string>();
  for (const framework of Object.values(FRAMEWORKS))
    for (const control of framework.controls)
      for (const target of control.maps) if (target.kind === "obligation") codes.add(target.code);
  return [...codes].sort();
}
