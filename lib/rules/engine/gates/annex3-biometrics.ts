import { ask, contested, includesAny, note, type Ctx } from "../context";

const SENSITIVE = [
  "race_ethnicity",
  "political_opinions",
  "trade_union_membership",
  "religious_beliefs",
  "sex_life_orientation",
  "health_disability",
] as const;

export function addAnnex3Point(ctx: Ctx, point: string, reason: string, citation: string): void {
  if (!ctx.annex3Points.includes(point)) ctx.annex3Points.push(point);
  note(ctx, "annex3", `annex3.${point}`, "applies", reason, citation);
}

/** Annex III point 1, "in so far as permitted": identification, categorisation, emotion recognition. */
export function matchBiometrics(ctx: Ctx): void {
  const rbi = ask(ctx, "remoteBiometricIdentification");
  if (rbi === "verification_only") {
    note(
      ctx,
      "annex3",
      "annex3.1a_verification",
      "does_not_apply",
      "Systems whose sole purpose is biometric verification (confirming a claimed identity) are excluded from Annex III 1(a).",
      "Annex III 1(a); Art 3(36)",
    );
  } else if (rbi === "real_time" || rbi === "post") {
    if (rbi === "real_time" && ask(ctx, "rbiLawEnforcementPurpose") === false)
      contested(ctx, "annex3", "privateRbiPermitted");
    addAnnex3Point(ctx, "1(a)", "It is a remote biometric identification system.", "Annex III 1(a)");
  }
  if (ask(ctx, "biometricCategorisation") === true && ask(ctx, "biometricCategorisationAncillary") === false) {
    const categories = ask(ctx, "biometricCategories");
    if (includesAny(categories, SENSITIVE)) {
      addAnnex3Point(
        ctx,
        "1(b)",
        "It categorises people by inferring sensitive or protected attributes from biometric data.",
        "Annex III 1(b)",
      );
    } else if (includesAny(categories, ["sex_gender", "age"])) {
      contested(ctx, "annex3", "sexAgeCategorisation");
      addAnnex3Point(
        ctx,
        "1(b)",
        "It infers sex or age from biometric data, which the result treats as protected attributes.",
        "Annex III 1(b)",
      );
    } else if (categories !== undefined) {
      note(
        ctx,
        "annex3",
        "annex3.1b_non_sensitive",
        "does_not_apply",
        "Categorisation by non-sensitive traits is not Annex III 1(b).",
        "Annex III 1(b)",
      );
    }
  }
  if (ask(ctx, "emotionInference") === "biometric_emotions") {
    addAnnex3Point(ctx, "1(c)", "It is an emotion recognition system.", "Annex III 1(c)");
  }
}

/** Annex III point 2: only safety components of the listed infrastructures. */
export function matchCriticalInfrastructure(ctx: Ctx): void {
  const sector = ask(ctx, "criticalInfrastructureSector");
  const fn = ask(ctx, "criticalInfrastructureFunction");
  if (sector === "other") {
    note(
      ctx,
      "annex3",
      "annex3.2_other_sector",
      "does_not_apply",
      "Annex III 2 covers critical digital infrastructure, road traffic and the supply of water, gas, heating and electricity only.",
      "Annex III 2",
    );
    return;
  }
  if (fn === "cybersecurity_only") {
    note(
      ctx,
      "annex3",
      "annex3.2_cybersecurity_only",
      "does_not_apply",
      "Components used solely for cybersecurity are not safety components.",
      "Annex III 2; recital 55",
    );
  } else if (fn === "non_safety") {
    note(
      ctx,
      "annex3",
      "annex3.2_non_safety",
      "does_not_apply",
      "Only safety components in the management and operation of critical infrastructure are covered.",
      "Annex III 2; Art 3(14)",
    );
  } else if (fn === "safety_component" && sector !== undefined) {
    addAnnex3Point(
      ctx,
      "2",
      "It is a safety component in the management and operation of critical infrastructure.",
      "Annex III 2",
    );
  }
}
