import type { Annex1Entry } from "../../data/types";
import { ask, contested, note, type Ctx } from "../context";

/**
 * Art 6(1) with Annex I, as narrowed by the Omnibus' Art 3(14) and Art 6(1a)-(1c). A product
 * can fall under several product laws at once: every chosen law is listed, and the strictest
 * route leads (Section A brings the full Chapter III; Section B only Arts 6(1), 60a, 102-112).
 */
export function checkAnnex1(ctx: Ctx): void {
  const chosen = ask(ctx, "annex1Legislation");
  const laws = (chosen ?? []).filter((law) => law !== "none");
  // Section A first, then by point, so the leading route is the strictest and the order stable.
  const entries = laws
    .map((law) => ctx.rs.annex1[law])
    .sort((a, b) => a.section.localeCompare(b.section) || a.point - b.point);
  const [lead] = entries;
  if (lead === undefined) return;
  const isSafetyRelevant = safetyCondition(ctx);
  const assessed = thirdPartyCondition(ctx);
  if (isSafetyRelevant !== true || assessed !== true) return;
  ctx.annex1 = { section: lead.section, point: pointOf(lead), points: entries.map(pointOf) };
  for (const entry of entries) noteLaw(ctx, entry);
  if (entries.length > 1) {
    note(
      ctx,
      "annex1",
      "annex1.several_laws",
      "info",
      `The product falls under ${entries.length} Annex I laws (${entries.map(pointOf).join("; ")}); the strictest route applies, ${pointOf(lead)}.`,
      "Art 6(1); Art 2(2); Annex I",
    );
  }
}

const pointOf = (entry: Annex1Entry): string => `Annex I Section ${entry.section} point ${entry.point}`;

function noteLaw(ctx: Ctx, entry: Annex1Entry): void {
  if (entry.section === "A") {
    note(
      ctx,
      "annex1",
      "annex1.section_a",
      "applies",
      `A safety component of, or itself, a product under ${entry.act} (${pointOf(entry)}) that needs third-party conformity assessment: high-risk, with the AI requirements assessed inside the sectoral procedure.`,
      "Art 6(1); Annex I Section A; Art 43(3)",
    );
  } else {
    note(
      ctx,
      "annex1",
      "annex1.section_b",
      "applies",
      `A safety component of, or itself, a product under ${entry.act} (${pointOf(entry)}) that needs third-party assessment: high-risk, but only Arts 6(1), 60a and 102-112 apply directly; the AI requirements arrive through sectoral law.`,
      "Art 6(1); Art 2(2); Annex I Section B",
    );
  }
}

function safetyCondition(ctx: Ctx): boolean | undefined {
  const fn = ask(ctx, "annex1Function");
  if (fn !== "non_safety_only") return fn === undefined ? undefined : true;
  const endangers = ask(ctx, "failureEndangersHealthSafety");
  if (endangers === true) {
    note(
      ctx,
      "annex1",
      "annex1.failure_endangers",
      "applies",
      "Although used for non-safety aspects, its failure would endanger health and safety, so it is a safety component.",
      "Art 6(1b); Art 3(14)",
    );
    return true;
  }
  if (endangers === false) {
    note(
      ctx,
      "annex1",
      "annex1.non_safety_aspects",
      "does_not_apply",
      "Used solely for non-safety aspects (assistance, optimisation, efficiency, convenience, quality control), it is not a safety component.",
      "Art 6(1a)",
    );
    return false;
  }
  return undefined;
}

/**
 * Several assessments can be needed at once (a notified body under one law, self-assessment
 * under another): one covering health and safety meets condition (b) whatever the others say.
 */
function thirdPartyCondition(ctx: Ctx): boolean | undefined {
  const assessments = ask(ctx, "thirdPartyAssessment");
  if (assessments === undefined) return undefined;
  if (assessments.includes("health_safety")) return true;
  if (assessments.includes("cybersecurity_privacy")) {
    contested(ctx, "annex1", "redCybersecurity");
    return true;
  }
  if (assessments.includes("non_safety_only")) {
    note(
      ctx,
      "annex1",
      "annex1.non_safety_assessment",
      "does_not_apply",
      "Third-party assessment needed solely for non-health-and-safety risks (such as radio spectrum or EMC) does not meet condition (b).",
      "Art 6(1c)",
    );
    return false;
  }
  note(
    ctx,
    "annex1",
    "annex1.no_third_party",
    "does_not_apply",
    "The product does not need third-party conformity assessment, so condition (b) is not met.",
    "Art 6(1)(b)",
  );
  return false;
}
