import { ask, contested, includesAny, note, type Ctx } from "../context";
import { checkBiometricPractices } from "./prohibited-biometric";
import { prohibit } from "./prohibit";

/** Art 5: every practice and its exceptions. Returns whether any practice is prohibited. */
export function checkProhibitedPractices(ctx: Ctx, systemInPlay: boolean, modelArtefact: boolean): boolean {
  if (systemInPlay) {
    checkHarmfulManipulation(ctx);
    checkSocialScoringAndPolicing(ctx);
    checkBiometricPractices(ctx);
  }
  checkGeneratedAbuse(ctx, "ba", "intimateImageryCapability", "usedForIntimateImagery", modelArtefact);
  checkGeneratedAbuse(ctx, "bb", "csamCapability", "usedForCsam", modelArtefact);
  return ctx.prohibited.length > 0;
}

function checkHarmfulManipulation(ctx: Ctx): void {
  if (ask(ctx, "manipulativeTechniques") === true) {
    const effect = ask(ctx, "manipulationEffect");
    if (effect === "significant_harm_likely") {
      prohibit(
        ctx,
        "a",
        "It uses subliminal, manipulative or deceptive techniques that materially distort behaviour and cause or are likely to cause significant harm.",
      );
    } else if (effect !== undefined) {
      note(
        ctx,
        "prohibited",
        "prohibited.a_near_miss",
        "does_not_apply",
        effect === "lawful_standard_practice"
          ? "Lawful, standard commercial practices such as advertising, and consented therapeutic practices, are not covered."
          : "Without significant harm or its reasonable likelihood, the manipulation ban does not apply.",
        "Art 5(1)(a); recital 29",
      );
    }
  }
  if (ask(ctx, "exploitsVulnerabilities") === true) {
    const effect = ask(ctx, "vulnerabilityEffect");
    if (effect === "significant_harm_likely") {
      prohibit(
        ctx,
        "b",
        "It exploits vulnerabilities due to age, disability or a social or economic situation, causing or likely causing significant harm.",
      );
    } else if (effect === "no_significant_harm") {
      note(
        ctx,
        "prohibited",
        "prohibited.b_near_miss",
        "does_not_apply",
        "Without significant harm or its reasonable likelihood, the vulnerability ban does not apply.",
        "Art 5(1)(b)",
      );
    }
  }
}

function checkSocialScoringAndPolicing(ctx: Ctx): void {
  if (ask(ctx, "socialScoring") === true) {
    // A score can lead to several things at once; any banned consequence bans it (Art 5(1)(c) "and/or").
    const consequences = ask(ctx, "socialScoreConsequence");
    if (includesAny(consequences, ["unrelated_context_detriment", "disproportionate_treatment"])) {
      prohibit(
        ctx,
        "c",
        "It scores people on social behaviour or personal traits, leading to detrimental treatment in unrelated contexts or treatment disproportionate to the behaviour.",
      );
    } else if (includesAny(consequences, ["lawful_purpose_specific"])) {
      note(
        ctx,
        "prohibited",
        "prohibited.c_near_miss",
        "does_not_apply",
        "A lawful, purpose-specific evaluation (such as credit scoring within the law) is not social scoring; it may be Annex III high-risk instead.",
        "Art 5(1)(c); recital 31",
      );
    }
  }
  const crimeRisk = ask(ctx, "crimeRiskAssessment");
  if (crimeRisk === "solely_profiling_or_traits") {
    prohibit(
      ctx,
      "d",
      "It predicts whether a natural person will offend based solely on profiling or personality traits.",
    );
  } else if (crimeRisk === "supports_human_assessment") {
    note(
      ctx,
      "prohibited",
      "prohibited.d_near_miss",
      "does_not_apply",
      "Supporting a human assessment already based on objective, verifiable facts is not banned; by or for law enforcement it is Annex III 6(d).",
      "Art 5(1)(d); Annex III 6(d)",
    );
  } else if (crimeRisk === "place_based" || crimeRisk === "legal_persons") {
    note(
      ctx,
      "prohibited",
      "prohibited.d_near_miss",
      "does_not_apply",
      "Place-based predictive policing and risk assessment of legal persons are outside the ban, which concerns natural persons.",
      "Art 5(1)(d); Commission Guidelines on prohibited practices",
    );
  }
  if (ask(ctx, "untargetedFaceScraping") === true) {
    prohibit(ctx, "e", "It builds or expands facial-recognition databases by untargeted scraping of facial images.");
  }
}

function checkGeneratedAbuse(
  ctx: Ctx,
  id: "ba" | "bb",
  capabilityField: "intimateImageryCapability" | "csamCapability",
  useField: "usedForIntimateImagery" | "usedForCsam",
  modelArtefact: boolean,
): void {
  const capability = ask(ctx, capabilityField);
  if (capability === undefined || capability === "not_capable") return;
  // Art 5(1a)(a) bans placing on the market and putting into service (own use included, Art 3(11)) by purpose or
  // unguarded capability; Art 5(1a)(b) bans use only for that purpose. So a role that only uses the system is caught
  // by its use alone. While the roles are unknown, the placing limb is kept rather than assumed away.
  const supplies = ctx.roles.size === 0 || Array.from(ctx.roles).some((role) => role !== "deployer");
  const usedForIt = ctx.roles.has("deployer") && ask(ctx, useField) === true;
  const banned =
    usedForIt || (supplies && (capability === "intended_purpose" || capability === "foreseeable_without_safeguards"));
  // The adequacy of safeguards decides only the placing limb (Art 5(1a)(a)(ii)), not a use for that purpose.
  if (capability === "foreseeable_with_safeguards" && supplies && !usedForIt)
    contested(ctx, "prohibited", "generationSafeguards");
  // The open-weights dispute (fact sheet §12 point 9) needs published weights, which only the Art 53(2) answer says.
  if (modelArtefact && ask(ctx, "modelOpenSource") === true) contested(ctx, "prohibited", "openWeightsPublication");
  if (!banned) {
    if (!supplies && ctx.p[useField] === false) {
      note(
        ctx,
        "prohibited",
        `prohibited.${id}_not_used_for_it`,
        "does_not_apply",
        "You only use the system, and not for this purpose: the use ban does not reach you. Placing a system with this capability on the market is its provider's matter.",
        `Art 5(1)(${id}), Art 5(1a)(b); Art 5(1a)(a)`,
      );
    }
    return;
  }
  if (id === "bb" && ask(ctx, "csamLawfulDefence") === true) {
    note(
      ctx,
      "prohibited",
      "prohibited.bb_lawful_defence",
      "review",
      "A national-law defence (conduct 'with right') is claimed; confirm it before relying on it.",
      "Art 5(1)(bb); Directive 2011/93/EU",
    );
    ctx.openQuestions.push({
      text: "Confirm the national-law defence to the CSAM ban applies.",
      citation: "Art 5(1)(bb)",
    });
    return;
  }
  prohibit(
    ctx,
    id,
    id === "ba"
      ? "It generates or manipulates realistic intimate imagery of identifiable persons without consent, by intended purpose, foreseeable unguarded capability, or use."
      : "It generates or manipulates child sexual abuse material, by intended purpose, foreseeable unguarded capability, or use.",
  );
}
