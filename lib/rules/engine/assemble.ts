import {
  TIERS,
  type ClassificationResult,
  type Decides,
  type Disposition,
  type Facets,
  type HighRiskRoute,
  type Obligation,
  type OpenQuestion,
  type Tier,
} from "../types";
import type { Ctx } from "./context";
import { buildObligations, buildProhibitionObligations } from "./obligations";

export type Outcome = { tier: Tier; annex3Route: boolean; prohibited: boolean };

const NO_DEROGATION: Facets["derogation"] = { claimed: false, valid: null, conditions: [] };

/**
 * Out of scope is a settled answer, so answers still missing elsewhere no longer matter;
 * only questions about the rule set itself are kept.
 */
export function outOfScopeResult(ctx: Ctx): ClassificationResult {
  const openQuestions = ctx.openQuestions.filter(
    (q) => q.questionId === undefined && q.citation.startsWith("Rule set"),
  );
  return {
    ruleSet: { id: ctx.rs.id, effectiveFrom: ctx.rs.effectiveFrom },
    asOf: ctx.asOf,
    inScope: false,
    tier: "out_of_scope",
    possibleTier: "out_of_scope",
    facets: {
      prohibitedPractices: [],
      highRisk: null,
      derogation: NO_DEROGATION,
      art50: [],
      friaRequired: false,
      registrationRequired: false,
      registrationBasis: [],
      gpai: null,
    },
    roles: [],
    disposition: openQuestions.length > 0 ? "requires_review" : "final",
    openQuestions,
    notes: [],
    contradictions: [],
    removals: [],
    findings: ctx.findings,
    obligations: [],
  };
}

export function inScopeResult(ctx: Ctx, outcome: Outcome): ClassificationResult {
  const routes: HighRiskRoute[] = [];
  if (ctx.annex1) routes.push(ctx.annex1.section === "A" ? "annex1_section_a" : "annex1_section_b");
  if (outcome.annex3Route) routes.push("annex3");
  const annexPoints: string[] = [];
  if (ctx.annex1) annexPoints.push(...ctx.annex1.points);
  if (outcome.annex3Route) for (const p of ctx.annex3Points) annexPoints.push(`Annex III ${p}`);
  const settled = settle(ctx, outcome.tier);
  const obligations = outcome.prohibited ? buildProhibitionObligations(ctx) : buildObligations(ctx);
  return {
    ruleSet: { id: ctx.rs.id, effectiveFrom: ctx.rs.effectiveFrom },
    asOf: ctx.asOf,
    inScope: ctx.scopeUndetermined || settled.scopeOpen ? null : true,
    tier: outcome.tier,
    possibleTier: settled.possibleTier,
    facets: {
      prohibitedPractices: ctx.prohibited,
      highRisk: routes.length > 0 ? { routes, annexPoints, appliesFrom: ctx.chapter3Date, legacy: ctx.legacy } : null,
      derogation: ctx.derogation,
      art50: ctx.art50,
      friaRequired: ctx.fria,
      registrationRequired: ctx.registration.length > 0,
      registrationBasis: ctx.registration,
      gpai: ctx.gpai,
    },
    roles: Array.from(ctx.roles),
    disposition: settled.disposition,
    openQuestions: ctx.openQuestions,
    notes: ctx.notes,
    contradictions: [],
    removals: [],
    findings: ctx.findings,
    obligations: ctx.obligationNotes.size > 0 ? obligations.map((o) => withNotes(ctx, o)) : obligations,
  };
}

const rank = (tier: Tier): number => TIERS.indexOf(tier);
const isTier = (d: Decides): d is Tier => d !== "scope" && d !== "role";

/**
 * A question still decides when its answer could raise the tier, change scope or a role, or
 * when a gate read its blank the stricter way. Others only complete the obligations, so
 * their mark is dropped. Deciding gaps make the result undetermined; a disputed reading
 * that changes tier, role or scope (a "review" finding) makes it requires_review.
 */
function settle(ctx: Ctx, tier: Tier): { disposition: Disposition; possibleTier: Tier; scopeOpen: boolean } {
  let possibleTier = tier;
  let undetermined = ctx.scopeUndetermined;
  let scopeOpen = false;
  for (const q of ctx.openQuestions) {
    if (q.decides === undefined) continue;
    if (!decides(ctx, q, tier)) {
      delete q.decides;
      continue;
    }
    undetermined = true;
    if (q.decides === "scope") scopeOpen = true;
    if (isTier(q.decides) && rank(q.decides) > rank(possibleTier)) possibleTier = q.decides;
  }
  const review = ctx.findings.some((f) => f.outcome === "review");
  return { disposition: undetermined ? "undetermined" : review ? "requires_review" : "final", possibleTier, scopeOpen };
}

function decides(ctx: Ctx, q: OpenQuestion, tier: Tier): boolean {
  const d = q.decides!;
  if (!isTier(d)) return true;
  return rank(d) > rank(tier) || (q.questionId !== undefined && ctx.assumed.has(q.questionId));
}

function withNotes(ctx: Ctx, o: Obligation): Obligation {
  const notes = ctx.obligationNotes.get(o.code);
  return notes ? { ...o, notes } : o;
}
