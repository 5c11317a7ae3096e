import type { ClassificationResult, Finding, Obligation, ResultNote, Role } from "./types";

export type Change<T> = { from: T; to: T };

export type ResultDiff = {
  changed: boolean;
  ruleSet: Change<string> | null;
  tier: Change<ClassificationResult["tier"]> | null;
  inScope: Change<boolean | null> | null;
  disposition: Change<ClassificationResult["disposition"]> | null;
  /** The highest tier still possible; results stored before it existed count as settled (their tier). */
  possibleTier: Change<ClassificationResult["tier"]> | null;
  notes: { added: ResultNote[]; removed: ResultNote[] };
  facets: { added: string[]; removed: string[] };
  roles: { added: Role[]; removed: Role[] };
  findings: { added: Finding[]; removed: Finding[] };
  /** Obligations match on code and role; `rescheduled` keeps the same duty with a new date. */
  obligations: { added: Obligation[]; removed: Obligation[]; rescheduled: Change<Obligation>[] };
};

/** Flattens facets to comparable keys such as "art50:50(1):provider" or "highRisk:Annex III 4(a)". */
export function facetKeys(result: ClassificationResult): string[] {
  const f = result.facets;
  const keys: string[] = [];
  for (const p of f.prohibitedPractices) keys.push(`prohibited:${p.point}`);
  if (f.highRisk) {
    for (const route of f.highRisk.routes) keys.push(`highRisk:${route}`);
    for (const point of f.highRisk.annexPoints) keys.push(`highRisk:${point}`);
    if (f.highRisk.legacy) keys.push("highRisk:legacy");
  }
  if (f.derogation.claimed) keys.push("derogation:claimed");
  if (f.derogation.valid === true) keys.push("derogation:valid");
  for (const a of f.art50) keys.push(`art50:${a.paragraph}:${a.role}`);
  if (f.friaRequired) keys.push("fria");
  for (const basis of f.registrationBasis) keys.push(`registration:${basis}`);
  if (f.gpai) {
    keys.push("gpai");
    if (f.gpai.systemicRisk) keys.push("gpai:systemic");
    if (f.gpai.systemicRisk === null) keys.push("gpai:systemic:undetermined");
    if (f.gpai.openSourceExemption) keys.push("gpai:openSourceExemption");
    if (f.gpai.modifier) keys.push("gpai:modifier");
    for (const duty of f.gpai.duties) keys.push(`gpai:duty:${duty}`);
  }
  return keys;
}

function change<T>(from: T, to: T): Change<T> | null {
  return from === to ? null : { from, to };
}

function setDiff<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): { added: T[]; removed: T[] } {
  const aKeys = new Set(a.map(key));
  const bKeys = new Set(b.map(key));
  return { added: b.filter((x) => !aKeys.has(key(x))), removed: a.filter((x) => !bKeys.has(key(x))) };
}

const obligationKey = (o: Obligation) => `${o.code}|${o.role}`;

/** Structured difference from `a` (previous) to `b` (new), for re-screening. */
export function diffResults(a: ClassificationResult, b: ClassificationResult): ResultDiff {
  const previous = new Map(a.obligations.map((o) => [obligationKey(o), o]));
  const rescheduled: Change<Obligation>[] = [];
  for (const o of b.obligations) {
    const before = previous.get(obligationKey(o));
    if (before && before.appliesFrom !== o.appliesFrom) rescheduled.push({ from: before, to: o });
  }
  const diff: ResultDiff = {
    changed: false,
    ruleSet: change(a.ruleSet.id, b.ruleSet.id),
    tier: change(a.tier, b.tier),
    inScope: change(a.inScope, b.inScope),
    disposition: change(a.disposition, b.disposition),
    possibleTier: change(a.possibleTier ?? a.tier, b.possibleTier ?? b.tier),
    notes: setDiff(a.notes ?? [], b.notes ?? [], (n) => n.code),
    facets: setDiff(facetKeys(a), facetKeys(b), (k) => k),
    roles: setDiff(a.roles, b.roles, (r) => r),
    findings: setDiff(a.findings, b.findings, (f) => f.code),
    obligations: { ...setDiff(a.obligations, b.obligations, obligationKey), rescheduled },
  };
  diff.changed =
    Boolean(diff.ruleSet || diff.tier || diff.inScope || diff.disposition || diff.possibleTier) ||
    [diff.facets, diff.roles, diff.findings, diff.obligations, diff.notes].some(
      (d) => d.added.length + d.removed.length > 0,
    ) ||
    rescheduled.length > 0;
  return diff;
}
