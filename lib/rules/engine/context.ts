import type { ContestedId, RuleSet, Trigger } from "../data/types";
import type { ProfileField, TSystemProfile } from "../profile/schema";
import { QUESTIONS_BY_ID } from "../questionnaire";
import type {
  Art50Facet,
  Decides,
  Facets,
  Finding,
  FindingOutcome,
  Gate,
  OpenQuestion,
  ProhibitedFacet,
  ResultNote,
  Role,
} from "../types";

/** Mutable state of one classification run. Created per call; gates write into it. */
export type Ctx = {
  p: TSystemProfile;
  rs: RuleSet;
  asOf: string;
  findings: Finding[];
  openQuestions: OpenQuestion[];
  notes: ResultNote[];
  /** Contested codes that only annotate these obligation codes. */
  obligationNotes: Map<string, ResultNote[]>;
  /** What the gate now running decides; questions it leaves open are marked with it. */
  deciding: Decides | undefined;
  /** Blank answers a gate read the stricter way (e.g. users unknown, so the Annex III point is kept). */
  assumed: Set<string>;
  asked: Set<string>;
  roles: Set<Role>;
  triggers: Set<Trigger>;
  /** Set when a gate that decides scope lacks an answer: inScope becomes null. */
  scopeUndetermined: boolean;
  prohibited: ProhibitedFacet[];
  /** The leading (strictest) Annex I route, and every point the chosen product laws give, leading first. */
  annex1: { section: "A" | "B"; point: string; points: string[] } | null;
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
    notes: [],
    obligationNotes: new Map(),
    deciding: undefined,
    assumed: new Set(),
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
 * Reads an answer the current gate needs. An unanswered or "not sure" question becomes an
 * open question (once), marked with what it decides when a deciding gate asks it: that is
 * how the engine says what it still needs and what the answer could change.
 */
export function ask<K extends ProfileField>(ctx: Ctx, field: K): TSystemProfile[K] {
  const value = ctx.p[field];
  if (value !== undefined) return value;
  if (!ctx.asked.has(field)) {
    ctx.asked.add(field);
    const question = QUESTIONS_BY_ID.get(field)!;
    const open: OpenQuestion = {
      questionId: field,
      text: question.prompt,
      citation: question.citation,
      whoCanAnswer: question.whoCanAnswer,
    };
    if (ctx.p.notSure?.includes(field)) open.notSure = true;
    ctx.openQuestions.push(open);
  }
  if (ctx.deciding !== undefined) markDeciding(ctx, field, ctx.deciding);
  return value;
}

/** Runs a gate whose open questions decide `what`; nested gates keep the outer mark. */
export function deciding<T>(ctx: Ctx, what: Decides | undefined, gate: () => T): T {
  const outer = ctx.deciding;
  ctx.deciding = what;
  try {
    return gate();
  } finally {
    ctx.deciding = outer;
  }
}

/** Records that a blank answer was read the stricter way, so the tier it led to is not settled. */
export function assumeStricter(ctx: Ctx, field: ProfileField): void {
  if (ctx.p[field] === undefined) ctx.assumed.add(field);
}

function markDeciding(ctx: Ctx, field: string, what: Decides): void {
  const open = ctx.openQuestions.find((q) => q.questionId === field)!;
  // A tier outranks "scope"/"role" for the ceiling; the first tier mark stays.
  if (open.decides === undefined || (!isTierMark(open.decides) && isTierMark(what))) open.decides = what;
}

function isTierMark(d: Decides): boolean {
  return d !== "scope" && d !== "role";
}

export function note(
  ctx: Ctx,
  gate: Gate,
  code: string,
  outcome: FindingOutcome,
  reason: string,
  citation: string,
): void {
  ctx.findings.push({ code, gate, outcome, reason, citation });
}

/**
 * Surfaces a point on which experts disagree. One that can change tier, role or scope is a
 * review finding with an open question; a disputed date or duty is a note on the result and
 * on the obligations it concerns, and leaves the disposition alone.
 */
export function contested(ctx: Ctx, gate: Gate, id: ContestedId): void {
  if (ctx.asked.has(id)) return;
  ctx.asked.add(id);
  const point = ctx.rs.contested[id];
  const code = `${gate}.contested.${id}`;
  if (point.kind === "note") {
    const n: ResultNote = { code, text: point.text, citation: point.citation };
    ctx.notes.push(n);
    ctx.findings.push({ code, gate, outcome: "info", reason: point.text, citation: point.citation });
    for (const ob of point.obligations) ctx.obligationNotes.set(ob, [...(ctx.obligationNotes.get(ob) ?? []), n]);
    return;
  }
  ctx.findings.push({ code, gate, outcome: "review", reason: point.text, citation: point.citation });
  ctx.openQuestions.push({ text: point.text, citation: point.citation });
}

export function includesAny<T extends string>(values: readonly T[] | undefined, wanted: readonly T[]): boolean {
  return values !== undefined && values.some((v) => wanted.includes(v));
}
