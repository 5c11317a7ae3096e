import type { Control, Framework, Target } from "./types";

// How far the organisation's records evidence each control. Pure: the data layer gathers the counts in one query
// (lib/dal/standards/coverage.ts) and this decides, so the rules are tested without a database.

/**
 * Per obligation code, across the organisation's systems; duties marked not applicable are left out. A duty marked done
 * with only a note (no evidence file or link) counts as in progress: an auditor asks for the evidence.
 */
export type DutyCounts = { total: number; evidenced: number; inProgress: number; notStarted: number };

export type CoverageFacts = {
  systems: number;
  classified: number;
  obligations: Record<string, DutyCounts>;
  /** High-risk systems, and how many of them have at least one risk in the register. */
  highRisk: number;
  highRiskWithRisks: number;
  /** (person, system) pairs of operators and overseers, and how many are trained today. */
  literacyPairs: number;
  literacyTrained: number;
};

export type TargetStatus = "evidenced" | "partial" | "gap" | "none";
export type ControlStatus = "evidenced" | "partial" | "gap" | "nothing" | "unmapped" | "excluded";

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  evidenced: "Fully evidenced",
  partial: "Partly evidenced",
  gap: "Gap",
  nothing: "Nothing to evidence yet",
  unmapped: "Not covered by Actlas records",
  excluded: "Excluded",
};

/** `detail` is a sentence for a control's own view; `short` a few words for a row of the controls table. */
export type TargetCoverage = {
  target: Target;
  status: TargetStatus;
  done: number;
  total: number;
  detail: string;
  short: string;
  /** An obligation's counts, so the detail can be worded again in another language (lib/standards/i18n). */
  duties?: DutyCounts;
};
export type ControlCoverage = { control: Control; status: ControlStatus; targets: TargetCoverage[] };
export type FrameworkSummary = Record<ControlStatus, number> & { controls: number };

const of = (done: number, started: number, total: number): TargetStatus =>
  total === 0 ? "none" : done >= total ? "evidenced" : done + started > 0 ? "partial" : "gap";

export function targetCoverage(target: Target, facts: CoverageFacts): TargetCoverage {
  const make = (status: TargetStatus, done: number, total: number, detail: string, noun: string) => ({
    target,
    status,
    done,
    total,
    detail,
    short: `${target.article}: ${total === 0 ? "nothing yet" : `${done} of ${total} ${noun}`}`,
  });
  switch (target.kind) {
    case "obligation": {
      const d = facts.obligations[target.code] ?? { total: 0, evidenced: 0, inProgress: 0, notStarted: 0 };
      const detail =
        d.total === 0
          ? "No system has this duty"
          : `${d.evidenced} of ${d.total} done with evidence, ${d.inProgress} in progress or without evidence, ${d.notStarted} not started`;
      return { ...make(of(d.evidenced, d.inProgress, d.total), d.evidenced, d.total, detail, "evidenced"), duties: d };
    }
    case "risk": {
      const { highRisk, highRiskWithRisks: done } = facts;
      const detail =
        highRisk === 0 ? "No high-risk system" : `${done} of ${highRisk} high-risk systems have a risk register`;
      return make(of(done, 0, highRisk), done, highRisk, detail, "with a risk register");
    }
    case "literacy": {
      // Art 4 binds every provider and deployer: systems with nobody recorded as operating them are a gap, not
      // "nothing to evidence".
      const { literacyPairs: pairs, literacyTrained: trained, systems } = facts;
      if (pairs === 0 && systems > 0) {
        const t = make("gap", 0, 0, "Nobody recorded as operating or overseeing a system", "");
        return { ...t, short: `${target.article}: nobody assigned` };
      }
      const detail = pairs === 0 ? "No AI system" : `${trained} of ${pairs} operators and overseers trained`;
      return make(of(trained, 0, pairs), trained, pairs, detail, "trained");
    }
    case "inventory": {
      const detail = `${facts.classified} of ${facts.systems} systems classified`;
      return make(of(facts.classified, 0, facts.systems), facts.classified, facts.systems, detail, "classified");
    }
  }
}

/** A control's status from its targets; `applicable: false` (Statement of Applicability) wins over everything. */
export function controlCoverage(control: Control, facts: CoverageFacts, applicable = true): ControlCoverage {
  const targets = control.maps.map((t) => targetCoverage(t, facts));
  if (!applicable) return { control, status: "excluded", targets };
  if (targets.length === 0) return { control, status: "unmapped", targets };
  const counted = targets.filter((t) => t.status !== "none");
  const status: ControlStatus =
    counted.length === 0
      ? "nothing"
      : counted.every((t) => t.status === "evidenced")
        ? "evidenced"
        : counted.every((t) => t.status === "gap")
          ? "gap"
          : "partial";
  return { control, status, targets };
}

export function frameworkCoverage(
  framework: Framework,
  facts: CoverageFacts,
  excluded: ReadonlySet<string> = new Set(),
): { controls: ControlCoverage[]; summary: FrameworkSummary } {
  const controls = framework.controls.map((c) => controlCoverage(c, facts, !excluded.has(c.id)));
  const summary: FrameworkSummary = {
    controls: controls.length,
    evidenced: 0,
    partial: 0,
    gap: 0,
    nothing: 0,
    unmapped: 0,
    excluded: 0,
  };
  for (const c of controls) summary[c.status] += 1;
  return { controls, summary };
}

/** "23 of 38 controls fully evidenced, 9 partly, 6 gaps" (then the others, if any). */
export function summaryLine(s: FrameworkSummary): string {
  const parts = [
    `${s.evidenced} of ${s.controls} controls fully evidenced`,
    `${s.partial} partly`,
    `${s.gap} ${s.gap === 1 ? "gap" : "gaps"}`,
  ];
  if (s.nothing) parts.push(`${s.nothing} with nothing to evidence yet`);
  if (s.unmapped) parts.push(`${s.unmapped} not covered by Actlas records`);
  if (s.excluded) parts.push(`${s.excluded} excluded`);
  return parts.join(", ");
}
