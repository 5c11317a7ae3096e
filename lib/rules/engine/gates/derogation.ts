import { ask, assumeStricter, contested, deciding, includesAny, note, type Ctx } from "../context";

const CONDITION_POINTS = {
  narrow_procedural: "(a)",
  improves_human_activity: "(b)",
  detects_patterns: "(c)",
  preparatory_task: "(d)",
} as const;

/**
 * Art 6(3)-(4). The provider's own assessment is respected when the facts allow it (the
 * Act leaves that call to the provider), but it stays `requires_review` until documented
 * and reviewed. Profiling of natural persons always overrides the derogation.
 * Returns true when the Annex III route is lifted.
 */
export function checkDerogation(ctx: Ctx): boolean {
  const conditions = ask(ctx, "derogationConditions");
  assumeStricter(ctx, "derogationConditions");
  if (conditions === undefined || conditions.length === 0) return false;
  ctx.derogation.claimed = true;
  ctx.derogation.conditions = conditions.map((c) => `Art 6(3)${CONDITION_POINTS[c]}`);
  const profiling = ask(ctx, "performsProfiling");
  // Whether CV parsing "profiles" is disputed; it decides whether the override applies.
  if (ctx.annex3Points.includes("4(a)") && includesAny(ctx.p.employmentUses, ["cv_parsing"]))
    contested(ctx, "derogation", "cvProfiling");
  if (profiling === true) {
    ctx.derogation.valid = false;
    note(
      ctx,
      "derogation",
      "derogation.profiling_override",
      "does_not_apply",
      "The system profiles natural persons, so it is always high-risk whatever the Art 6(3) conditions say.",
      "Art 6(3), third subparagraph",
    );
    return false;
  }
  if (profiling === undefined) {
    assumeStricter(ctx, "performsProfiling");
    return false;
  }
  ctx.derogation.valid = true;
  // Whether the claim is documented decides the review flag, not the tier the facts give.
  if (deciding(ctx, undefined, () => ask(ctx, "derogationStatus")) !== "documented_and_reviewed")
    contested(ctx, "derogation", "derogationConditions");
  note(
    ctx,
    "derogation",
    "derogation.valid",
    "applies",
    `The provider relies on ${ctx.derogation.conditions.join(", ")} and the system does not profile natural persons, so it is not high-risk; the assessment must be documented and the system registered.`,
    "Art 6(3), first subparagraph; Art 6(4); Art 49(2)",
  );
  ctx.triggers.add("derogation");
  if (ctx.roles.has("provider")) ctx.registration.push("Art 49(2)");
  return true;
}
