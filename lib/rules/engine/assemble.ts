import type { ClassificationResult, Facets, HighRiskRoute, Tier } from "../types";
import type { Ctx } from "./context";
import { buildObligations, buildProhibitionObligations } from "./obligations";

export type Outcome = { tier: Tier; annex3Route: boolean; prohibited: boolean };

const NO_DEROGATION: Facets["derogation"] = { claimed: false, valid: null, conditions: [] };


/**
 * Out of scope is a settled answer, so answers still missing elsewhere no longer matter;
 * only questions about the rule set itself are kept.
 */
export function outOfScopeResult(ctx: Ctx): ClassificationResult {
  const openQuestions = ctx.openQuestions.filter((q) => q.questionId === undefined && q.citation.startsWith("Rule set"));
  return {
    ruleSet: { id: ctx.rs.id, effectiveFrom: ctx.rs.effectiveFrom },
    asOf: ctx.asOf,
    inScope: false,
    tier: "out_of_scope",
    facets: {
      prohibitedPractices: [], highRisk: null, derogation: NO_DEROGATION, art50: [],
      friaRequired: false, registrationRequired: false, registrationBasis: [], gpai: null,
    },
    roles: [],
    disposition: openQuestions.length > 0 ? "requires_review" : "final",
    openQuestions,
    findings: ctx.findings,
    obligations: [],
  };
}

export function inScopeResult(ctx: Ctx, outcome: Outcome): ClassificationResult {
  const routes: HighRiskRoute[] = [];
  if (ctx.annex1) routes.push(ctx.annex1.section === "A" ? "annex1_section_a" : "annex1_section_b");
  if (outcome.annex3Route) routes.push("annex3");
  const annexPoints: string[] = [];
  if (ctx.annex1) annexPoints.push(ctx.annex1.point);
  if (outcome.annex3Route) for (const p of ctx.annex3Points) annexPoints.push(`Annex III ${p}`);
  return {
    ruleSet: { id: ctx.rs.id, effectiveFrom: ctx.rs.effectiveFrom },
    asOf: ctx.asOf,
    inScope: ctx.scopeUndetermined ? null : true,
    tier: outcome.tier,
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
    disposition: ctx.openQuestions.length > 0 ? "requires_review" : "final",
    openQuestions: ctx.openQuestions,
    findings: ctx.findings,
    obligations: outcome.prohibited ? buildProhibitionObligations(ctx) : buildObligations(ctx),
  };
}
