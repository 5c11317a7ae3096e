import type { ContestedId, RuleSet, Trigger } from "../data/types";
import type { ProfileField, TSystemProfile } from "../profile/schema";
import { QUESTIONS_BY_ID } from "../questionnaire";
import type { Art50Facet, Facets, Finding, FindingOutcome, Gate, OpenQuestion, ProhibitedFacet, Role } from "../types";

/** Mutable state of one classification run. Created per call; gates write into it. */
export type Ctx = {
  p: TSystemProfile;
  rs: RuleSet;
  asOf: string;
  findings: Finding[];
  openQuestions: OpenQuestion[];
  asked: Set<string>;
  roles: Set<Role>;
  triggers: Set<Trigger>;
  /** Set when a gate that decides scope lacks an answer: inScope becomes null. */
  scopeUndetermined: boolean;
  prohibited: ProhibitedFacet[];
  annex1: { section: "A" | "B"; point: string } | null;
  annex3Points: string[];
  derogation: Facets["derogation"];
  art50: Art50Facet[];
  gpai: Facets["gpai"];
  fria: boolean;
  registration: string[];
  chapter3Date: string;
  legacy: boolean;
  gpaiDate: string;
  art50MarkingDate: string;
  rbiLawEnforcementAuthorised: boolean;
};

export function createContext(p: TSystemProfile, rs: RuleSet, asOf: string): Ctx {
  return {
    p,
    rs,
    asOf,
    findings: [],
    openQuestions: [],
    asked: new Set(),
    roles: new Set(),
    triggers: new Set(),
    scopeUndetermined: false,
    prohibited: [],
    annex1: null,
    annex3Points: [],
    derogation: { claimed: false, valid: null, conditions: [] },
    art50: [],
    gpai: null,
    fria: false,
    registration: [],
    chapter3Date: rs.dates.chapter3Annex3,
    legacy: false,
    gpaiDate: rs.dates.gpai,
    art50MarkingDate: rs.dates.general,
    rbiLawEnforcementAuthorised: false,
  };
}

/**
 * Reads an answer the current gate needs. An unanswered question becomes an open
 * question (once), which is how the engine says what it still needs.
 */
export function ask<K extends ProfileField>(ctx: Ctx, field: K): TSystemProfile[K] {
  const value = ctx.p[field];
  if (value === undefined && !ctx.asked.has(field)) {
    ctx.asked.add(field);
    const question = QUESTIONS_BY_ID.get(field)!;
    ctx.openQuestions.push({ questionId: field, text: question.prompt, citation: question.citation });
  }
  return value;
}

export function note(ctx: Ctx, gate: Gate, code: string, outcome: FindingOutcome, reason: string, citation: string): void {
  ctx.findings.push({ code, gate, outcome, reason, citation });
}

/** Surfaces a point on which experts disagree, both as a finding and as an open question. */
export function contested(ctx: Ctx, gate: Gate, id: ContestedId): void {
  if (ctx.asked.has(id)) return;
  ctx.asked.add(id);
  const point = ctx.rs.contested[id];
  ctx.findings.push({ code: `${gate}.contested.${id}`, gate, outcome: "review", reason: point.text, citation: point.citation });
  ctx.openQuestions.push({ text: point.text, citation: point.citation });
}

export function includesAny<T extends string>(values: readonly T[] | undefined, wanted: readonly T[]): boolean {
  return values !== undefined && values.some((v) => wanted.includes(v));
}
