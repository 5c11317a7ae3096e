import {
  CONTROL_STATUS_LABELS,
  frameworkCoverage,
  type ControlStatus,
  type CoverageFacts,
  type FrameworkSummary,
  type TargetCoverage,
} from "./coverage";
import { CURRENT_RULE_SET_ID, pickRuleSet } from "@/lib/rules/registry";
import type { Framework, Target } from "./types";

// The duty's own title in the current rule set ("Quality management system"), which reads better than its code. A
// code with several templates (conformity assessment by route) takes the first, without its route in brackets.
const TITLES = new Map<string, string>();
// The template's whole title, which the rule set's catalogues translate ("Conformity assessment (biometrics)").
const TEMPLATE_TITLES = new Map<string, string>();
for (const o of pickRuleSet("2100-01-01", CURRENT_RULE_SET_ID).ruleSet.obligations)
  if (!TITLES.has(o.code)) {
    TITLES.set(o.code, o.title.replace(/ \([^)]*\)$/, ""));
    TEMPLATE_TITLES.set(o.code, o.title);
  }

// The Statement of Applicability as rows, for the CSV and the PDF (one source, so both files say the same).

export type Decision = { applicable: boolean; justification: string; updatedAt: Date; updatedByName: string | null };

export type SoaRow = {
  controlId: string;
  group: string;
  title: string;
  /** "Included", "Excluded", or "Included (not reviewed)" while nobody has decided. */
  applicability: string;
  justification: string;
  coverage: string;
  evidencedBy: string;
  decidedBy: string;
  decidedOn: string;
};

export const SOA_HEADER = [
  "Control",
  "Group",
  "Title (Actlas wording)",
  "Applicability",
  "Justification",
  "Coverage in Actlas",
  "Evidenced in Actlas by (AI Act article)",
  "Decided by",
  "Decided on",
];

/** The duty's English title in the current rule set, or its code when no template has it. */
export const dutyTitle = (code: string): string => TITLES.get(code) ?? code;
export const dutyTemplateTitle = (code: string): string => TEMPLATE_TITLES.get(code) ?? code;

export function targetLabel(t: Target): string {
  switch (t.kind) {
    case "obligation":
      return `${dutyTitle(t.code)} (${t.article})`;
    case "risk":
      return `Risk register of high-risk systems (${t.article})`;
    case "literacy":
      return `AI-literacy register (${t.article})`;
    case "inventory":
      return `Classified inventory (${t.article})`;
  }
}

/** How a row words coverage and evidence; English by default, another language from lib/standards/i18n. */
export type SoaWords = {
  status: (s: ControlStatus) => string;
  label: (t: Target) => string;
  detail: (c: TargetCoverage) => string;
  notCovered: string;
  formerMember: string;
};

const ENGLISH: SoaWords = {
  status: (s) => CONTROL_STATUS_LABELS[s],
  label: targetLabel,
  detail: (c) => c.detail,
  notCovered: "Not covered by Actlas records",
  formerMember: "Former member",
};

export function soaRows(
  framework: Framework,
  facts: CoverageFacts,
  decisions: ReadonlyMap<string, Decision>,
  words: SoaWords = ENGLISH,
): { rows: SoaRow[]; summary: FrameworkSummary } {
  const excluded = new Set([...decisions].filter(([, d]) => !d.applicable).map(([id]) => id));
  const { controls, summary } = frameworkCoverage(framework, facts, excluded);
  const rows = controls.map(({ control, status, targets }): SoaRow => {
    const d = decisions.get(control.id);
    // An excluded control's coverage is still worth showing to an auditor: it says what the records hold anyway.
    const shown = words.status(status);
    return {
      controlId: control.id,
      group: control.group,
      title: control.title,
      applicability: !d ? "Included (not reviewed)" : d.applicable ? "Included" : "Excluded",
      justification: d?.justification ?? "",
      coverage:
        status === "excluded" ? shown : `${shown}${targets.length ? `: ${targets.map(words.detail).join("; ")}` : ""}`,
      evidencedBy: control.maps.length ? control.maps.map(words.label).join("; ") : words.notCovered,
      decidedBy: d?.updatedByName ?? (d ? words.formerMember : ""),
      decidedOn: d ? d.updatedAt.toISOString().slice(0, 10) : "",
    };
  });
  return { rows, summary };
}

export const soaRecord = (r: SoaRow): string[] => [
  r.controlId,
  r.group,
  r.title,
  r.applicability,
  r.justification,
  r.coverage,
  r.evidencedBy,
  r.decidedBy,
  r.decidedOn,
];
