import { ask, contested, includesAny, note, type Ctx } from "../context";
import { prohibit } from "./prohibit";

const ART5G_CATEGORIES = [
  "race_ethnicity",
  "political_opinions",
  "trade_union_membership",
  "religious_beliefs",
  "sex_life_orientation",
] as const;

/** Art 5(1)(f), (g) and (h): the biometric prohibitions and their exceptions. */
export function checkBiometricPractices(ctx: Ctx): void {
  checkEmotionRecognition(ctx);
  checkBiometricCategorisation(ctx);
  checkRealTimeIdentification(ctx);
}

function checkEmotionRecognition(ctx: Ctx): void {
  const inference = ask(ctx, "emotionInference");
  if (inference === "text_sentiment" || inference === "physical_states_only") {
    note(
      ctx,
      "prohibited",
      "prohibited.f_not_emotion_recognition",
      "does_not_apply",
      inference === "text_sentiment"
        ? "Emotion recognition means inference from biometric data; text-only sentiment analysis is outside it."
        : "Physical states such as pain or fatigue are not emotions.",
      "Art 3(39); recital 18",
    );
    return;
  }
  if (inference === "behavioural_emotions") {
    note(
      ctx,
      "prohibited",
      "prohibited.f_not_emotion_recognition",
      "does_not_apply",
      "Emotion recognition, its ban at work and in education and Annex III 1(c) all need emotions or intentions inferred from biometric data. Inferring them from behaviour such as clicks, purchases, browsing or what a person writes uses no biometric data, so none of them applies. Behavioural signals that are themselves biometric data (gait, typing rhythm, voice) are not behaviour in this sense: they make it emotion recognition.",
      "Art 3(34), Art 3(39); Art 5(1)(f); Annex III 1(c)",
    );
    return;
  }
  if (inference !== "biometric_emotions") return;
  const settings = ask(ctx, "emotionSettings");
  const atWork = includesAny(settings, ["workplace", "education"]);
  const onCandidates = includesAny(settings, ["recruitment"]);
  if (!atWork && !onCandidates) return;
  if (ask(ctx, "emotionMedicalOrSafety") === true) {
    contested(ctx, "prohibited", "emotionMedicalSafety");
    note(
      ctx,
      "prohibited",
      "prohibited.f_medical_safety",
      "does_not_apply",
      "Emotion recognition intended for medical or safety reasons is excepted from the ban; it remains Annex III 1(c) high-risk.",
      "Art 5(1)(f)",
    );
    return;
  }
  if (!atWork) contested(ctx, "prohibited", "emotionCandidates");
  prohibit(
    ctx,
    "f",
    "It infers emotions of natural persons from biometric data at the workplace or in education institutions (the Commission includes recruitment).",
  );
}

function checkBiometricCategorisation(ctx: Ctx): void {
  if (ask(ctx, "biometricCategorisation") !== true) return;
  if (ask(ctx, "biometricCategorisationAncillary") === true) {
    note(
      ctx,
      "prohibited",
      "prohibited.g_ancillary",
      "does_not_apply",
      "Categorisation ancillary to another commercial service and strictly necessary for objective technical reasons is not a biometric categorisation system.",
      "Art 3(40)",
    );
    return;
  }
  if (!includesAny(ask(ctx, "biometricCategories"), ART5G_CATEGORIES)) return;
  const context = ask(ctx, "biometricCategorisationContext");
  if (context === "other") {
    prohibit(
      ctx,
      "g",
      "It categorises individuals on biometric data to infer race, political opinions, trade-union membership, religious or philosophical beliefs, or sex life or sexual orientation.",
    );
  } else if (context !== undefined) {
    note(
      ctx,
      "prohibited",
      "prohibited.g_exception",
      "does_not_apply",
      "Labelling or filtering lawfully acquired biometric datasets, and categorisation in law enforcement, are outside the ban; Annex III 1(b) still applies.",
      "Art 5(1)(g)",
    );
  }
}

function checkRealTimeIdentification(ctx: Ctx): void {
  if (ask(ctx, "remoteBiometricIdentification") !== "real_time") return;
  const publicSpace = ask(ctx, "publiclyAccessibleSpace");
  const lawEnforcement = ask(ctx, "rbiLawEnforcementPurpose");
  if (publicSpace !== true || lawEnforcement !== true) {
    if (lawEnforcement === false) {
      note(
        ctx,
        "prohibited",
        "prohibited.h_private_use",
        "does_not_apply",
        "The ban concerns use by or for law enforcement; private real-time identification is Annex III 1(a) high-risk instead.",
        "Art 5(1)(h)",
      );
    }
    return;
  }
  const exception = ask(ctx, "rbiException");
  if (exception === "none") {
    prohibit(
      ctx,
      "h",
      "It uses real-time remote biometric identification in publicly accessible spaces for law enforcement without one of the permitted objectives.",
    );
  } else if (exception !== undefined) {
    const authorised = ask(ctx, "rbiAuthorisedUnderNationalLaw");
    if (authorised === false) {
      prohibit(
        ctx,
        "h",
        "Real-time identification for law enforcement is possible only where national law provides for it, with prior authorisation.",
      );
      return;
    }
    ctx.rbiLawEnforcementAuthorised = authorised === true;
    note(
      ctx,
      "prohibited",
      "prohibited.h_exception",
      "does_not_apply",
      "The use is strictly necessary for a permitted objective; it is allowed subject to authorisation, a FRIA, registration and notification, and is Annex III 1(a) high-risk.",
      "Art 5(1)(h)(i)-(iii), Art 5(2)-(5)",
    );
  }
}
