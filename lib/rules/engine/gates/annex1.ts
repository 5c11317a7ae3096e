import { ask, contested, note, type Ctx } from "../context";

/** Art 6(1) with Annex I, as narrowed by the Omnibus' Art 3(14) and Art 6(1a)-(1c). */
export function checkAnnex1(ctx: Ctx): void {
  const legislation = ask(ctx, "annex1Legislation");
  if (legislation === undefined || legislation === "none") return;
  const entry = ctx.rs.annex1[legislation];
  const isSafetyRelevant = safetyCondition(ctx);
  const assessed = thirdPartyCondition(ctx);
  if (isSafetyRelevant !== true || assessed !== true) return;
  const point = `Annex I Section ${entry.section} point ${entry.point}`;
  ctx.annex1 = { section: entry.section, point };
  if (entry.section === "A") {
    note(ctx, "annex1", "annex1.section_a", "applies",
      `A safety component of, or itself, a product under ${entry.act} that needs third-party conformity assessment: high-risk, with the AI requirements assessed inside the sectoral procedure.`, "Art 6(1); Annex I Section A; Art 43(3)");
  } else {
    note(ctx, "annex1", "annex1.section_b", "applies",
      `A safety component of, or itself, a product under ${entry.act} that needs third-party assessment: high-risk, but only Arts 6(1), 60a and 102-112 apply directly; the AI requirements arrive through sectoral law.`, "Art 6(1); Art 2(2); Annex I Section B");
  }
}

function safetyCondition(ctx: Ctx): boolean | undefined {
  const fn = ask(ctx, "annex1Function");
  if (fn !== "non_safety_only") return fn === undefined ? undefined : true;
  const endangers = ask(ctx, "failureEndangersHealthSafety");
  if (endangers === true) {
    note(ctx, "annex1", "annex1.failure_endangers", "applies",
      "Although used for non-safety aspects, its failure would endanger health and safety, so it is a safety component.", "Art 6(1b); Art 3(14)");
    return true;
  }
  if (endangers === false) {
    note(ctx, "annex1", "annex1.non_safety_aspects", "does_not_apply",
      "Used solely for non-safety aspects (assistance, optimisation, efficiency, convenience, quality control), it is not a safety component.", "Art 6(1a)");
    return false;
  }
  return undefined;
}

function thirdPartyCondition(ctx: Ctx): boolean | undefined {
  const assessment = ask(ctx, "thirdPartyAssessment");
  if (assessment === "health_safety") return true;
  if (assessment === "cybersecurity_privacy") {
    contested(ctx, "annex1", "redCybersecurity");
    return true;
  }
  if (assessment === "non_safety_only") {
    note(ctx, "annex1", "annex1.non_safety_assessment", "does_not_apply",
      "Third-party assessment needed solely for non-health-and-safety risks (such as radio spectrum or EMC) does not meet condition (b).", "Art 6(1c)");
    return false;
  }
  if (assessment === "not_required") {
    note(ctx, "annex1", "annex1.no_third_party", "does_not_apply",
      "The product does not need third-party conformity assessment, so condition (b) is not met.", "Art 6(1)(b)");
    return false;
  }
  return undefined;
}
