import { toIsoDay } from "../as-of";
import type { TSystemProfile } from "../profile/schema";
import { pickRuleSet } from "../registry";
import type { ClassificationResult, Tier } from "../types";
import { inScopeResult, outOfScopeResult } from "./assemble";
import { ask, contested, createContext, deciding, note, type Ctx } from "./context";
import { checkAnnex1 } from "./gates/annex1";
import { checkAnnex3 } from "./gates/annex3";
import { isAiSystem, isGpaiModel } from "./gates/definition";
import { checkDerogation } from "./gates/derogation";
import { excludedEntirely } from "./gates/exclusions";
import { checkGpaiModel } from "./gates/gpai";
import { assignHighRiskDuties } from "./gates/high-risk-duties";
import { applyHighRiskTransition } from "./gates/legacy";
import { checkProhibitedPractices } from "./gates/prohibited";
import { applyRoleChanges } from "./gates/role-changes";
import { assignRoles, territorialScope } from "./gates/scope";
import { checkTransparency } from "./gates/transparency";
import { findRemovals } from "./removals";
import { findContradictions } from "../questionnaire/contradictions";

export type ClassifyOptions = { asOf?: Date | string; ruleSetVersion?: string };

/**
 * Classifies one system profile as of a date. Pure and deterministic for a given as-of
 * date; throws (RangeError) only for invalid options, never for a schema-valid profile.
 */
export function classify(profile: TSystemProfile, options: ClassifyOptions = {}): ClassificationResult {
  const asOf = toIsoDay(options.asOf);
  const { ruleSet, inForceAtAsOf } = pickRuleSet(asOf, options.ruleSetVersion);
  const run = (p: TSystemProfile): ClassificationResult => {
    const ctx = createContext(p, ruleSet, asOf);
    if (!inForceAtAsOf) {
      const text = `The as-of date ${asOf} precedes rule set ${ruleSet.id} (in force from ${ruleSet.effectiveFrom}); the law before then is not encoded, so dates and duties may differ.`;
      note(ctx, "rule_set", "rule_set.before_effective_date", "review", text, `Rule set ${ruleSet.id}`);
      ctx.openQuestions.push({ text, citation: `Rule set ${ruleSet.id}` });
    }
    return runGates(ctx);
  };
  const result = run(profile);
  result.removals = findRemovals(profile, result, run);
  // Answers that cannot both be true settle nothing: the result waits until the person resolves them.
  result.contradictions = findContradictions(profile, { asOf });
  if (result.contradictions.length > 0) result.disposition = "undetermined";
  return result;
}

function runGates(ctx: Ctx): ClassificationResult {
  const artefact = deciding(ctx, "scope", () => ask(ctx, "artefactType")) ?? "ai_system";
  const systemArtefact = artefact !== "ai_model";
  const modelArtefact = artefact !== "ai_system";
  const systemDef = systemArtefact ? deciding(ctx, "scope", () => isAiSystem(ctx)) : false;
  const modelDef = modelArtefact ? deciding(ctx, "scope", () => isGpaiModel(ctx)) : false;
  if (systemDef === false && modelDef === false) {
    if (modelArtefact)
      note(
        ctx,
        "definition",
        "definition.model_outside_chapter_v",
        "does_not_apply",
        "AI models other than general-purpose AI models are regulated only once integrated into an AI system.",
        "Art 3(63); Chapter V",
      );
    return outOfScopeResult(ctx);
  }
  if (systemDef === null || modelDef === null) ctx.scopeUndetermined = true;
  const systemInPlay = systemDef !== false;
  const modelInPlay = modelDef !== false;

  deciding(ctx, "scope", () => assignRoles(ctx));
  if (ctx.p.activities !== undefined && ctx.roles.size === 0) {
    note(
      ctx,
      "roles",
      "roles.none",
      "does_not_apply",
      "The organisation has no operator role for this system.",
      "Art 3(8)",
    );
    return outOfScopeResult(ctx);
  }
  const outside = deciding(ctx, "scope", () => territorialScope(ctx) === false || excludedEntirely(ctx, systemInPlay));
  if (outside) return outOfScopeResult(ctx);

  if (deciding(ctx, "prohibited", () => checkProhibitedPractices(ctx, systemInPlay, modelArtefact))) {
    return inScopeResult(ctx, { tier: "prohibited", annex3Route: false, prohibited: true });
  }
  let annex3Route = false;
  let isHigh = false;
  let systemExcluded = false;
  if (systemInPlay) {
    deciding(ctx, "high", () => {
      checkAnnex1(ctx);
      checkAnnex3(ctx);
      annex3Route = ctx.annex3Points.length > 0 && !checkDerogation(ctx);
    });
    isHigh = annex3Route || ctx.annex1 !== null;
    deciding(ctx, "role", () => applyRoleChanges(ctx, isHigh));
    if (isHigh) {
      applyHighRiskTransition(ctx, annex3Route ? ctx.rs.dates.chapter3Annex3 : ctx.rs.dates.chapter3Annex1);
      assignHighRiskDuties(ctx, annex3Route);
    }
    systemExcluded = applySystemWideRules(ctx, annex3Route, isHigh);
    // An excluded open-source system has no duties of its own; only AI literacy was set for it.
    if (systemExcluded) ctx.triggers.delete("aiLiteracy");
  }
  const gpaiProvider = modelInPlay && checkGpaiModel(ctx, systemInPlay);
  // Without a system of its own, only the model's provider or its representative has duties here.
  const modelOnlyWithoutDuty = !systemInPlay && !ctx.roles.has("authorised_representative") && !ctx.scopeUndetermined;
  if (!gpaiProvider && (systemExcluded || modelOnlyWithoutDuty)) return outOfScopeResult(ctx);
  if (modelInPlay && ctx.roles.has("authorised_representative")) ctx.triggers.add("gpaiAuthorisedRep");
  flagTimingDispute(ctx);
  return inScopeResult(ctx, { tier: pickTier(ctx, isHigh, gpaiProvider), annex3Route, prohibited: false });
}

/** Art 2(2) for Section B, Art 50, Art 4, the Art 5(1)(h) conditions and the Art 2(12) open-source exclusion. */
function applySystemWideRules(ctx: Ctx, annex3Route: boolean, isHigh: boolean): boolean {
  if (ctx.annex1?.section === "B" && !annex3Route) {
    note(
      ctx,
      "annex1",
      "annex1.section_b_only",
      "info",
      "For Section B systems only Arts 6(1), 60a and 102-112 apply, so Art 4 and Art 50 do not apply directly.",
      "Art 2(2)",
    );
    return false;
  }
  deciding(ctx, "limited", () => checkTransparency(ctx));
  if (ctx.roles.has("provider") || ctx.roles.has("deployer")) ctx.triggers.add("aiLiteracy");
  if (ctx.rbiLawEnforcementAuthorised && ctx.roles.has("deployer")) {
    ctx.triggers.add("rbiLawEnforcementAuthorised");
    ctx.fria = true;
    ctx.registration.push("Art 5(2); Art 49");
  }
  // The licence decides scope only where the exclusion could still apply.
  const couldBeExcluded =
    !isHigh && ctx.art50.length === 0 && !(ctx.derogation.valid === true && ctx.roles.has("provider"));
  if (deciding(ctx, couldBeExcluded ? "scope" : undefined, () => ask(ctx, "freeOpenSourceLicence")) !== true)
    return false;
  // An Annex III system is high-risk unless its provider shows an Art 6(3) condition, and that conclusion is a filed
  // position (Art 6(4), Art 49(2)); reading Art 2(12) as lifting it would let a licence bypass the registration.
  if (ctx.derogation.valid === true && ctx.roles.has("provider")) {
    note(
      ctx,
      "exclusions",
      "exclusions.open_source_derogation",
      "does_not_apply",
      "The open-source exclusion does not lift the Art 6(3) position of an Annex III system: its documentation and EU-database registration remain.",
      "Art 2(12); Art 6(4); Art 49(2)",
    );
    return false;
  }
  if (isHigh || ctx.art50.length > 0) {
    note(
      ctx,
      "exclusions",
      "exclusions.open_source_lost",
      "does_not_apply",
      "The open-source exclusion does not apply to high-risk systems or systems subject to Art 50.",
      "Art 2(12)",
    );
    return false;
  }
  note(
    ctx,
    "exclusions",
    "exclusions.open_source",
    "excluded",
    "Released under a free and open-source licence and neither high-risk, prohibited nor subject to Art 50.",
    "Art 2(12)",
  );
  return true;
}

/** Point 11 of the disputed list bites only between 2 Aug 2026 and 2 Dec 2027. */
function flagTimingDispute(ctx: Ctx): void {
  const { dates } = ctx.rs;
  if (ctx.asOf < dates.general || ctx.asOf >= dates.chapter3Annex3) return;
  const affected = ctx.registration.some((r) => r !== "Art 49(5)") || ctx.triggers.has("hrDeployerAnnex3Persons");
  if (affected) contested(ctx, "dates", "art86Art49Timing");
}

function pickTier(ctx: Ctx, isHigh: boolean, gpaiProvider: boolean): Tier {
  if (isHigh) return "high";
  if (gpaiProvider) return ctx.gpai!.systemicRisk === true ? "gpai_systemic" : "gpai";
  return ctx.art50.length > 0 ? "limited" : "minimal";
}
