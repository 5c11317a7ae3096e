import { ask, contested, includesAny, note, type Ctx } from "../context";

/**
 * Turns the high-risk result into role triggers, the Art 27 FRIA test and the Art 49
 * registration basis. Everything here is role-specific: a FRIA is a deployer duty only.
 */
export function assignHighRiskDuties(ctx: Ctx, annex3Route: boolean): void {
  const { roles, triggers } = ctx;
  const annex1A = ctx.annex1?.section === "A";
  const chapter3 = annex1A || annex3Route;
  const personPoints = annex3Route && ctx.annex3Points.some((p) => p !== "2");
  if (ctx.annex1?.section === "B" && !annex3Route) triggers.add("annex1SectionB");
  if (roles.has("provider") && chapter3) {
    triggers.add("hrProvider");
    if (annex1A) triggers.add("hrProviderAnnex1A");
    else if (ctx.annex3Points.some((p) => p.startsWith("1"))) triggers.add("hrProviderAnnex3Point1");
    else triggers.add("hrProviderAnnex3Other");
    if (annex3Route) {
      triggers.add(personPoints ? "hrProviderRegistrationEu" : "hrProviderRegistrationNational");
      ctx.registration.push(personPoints ? "Art 49(1)" : "Art 49(5)");
    }
    if (ask(ctx, "establishedInEu") === false) triggers.add("hrProviderNonEu");
  }
  if (chapter3 && roles.has("importer")) triggers.add("hrImporter");
  if (chapter3 && roles.has("distributor")) triggers.add("hrDistributor");
  if (chapter3 && roles.has("authorised_representative")) triggers.add("hrAuthorisedRep");
  if (roles.has("deployer") && chapter3) assignDeployerDuties(ctx, personPoints);
}

function assignDeployerDuties(ctx: Ctx, personPoints: boolean): void {
  const { triggers } = ctx;
  triggers.add("hrDeployer");
  const workplaceEmotion = ctx.annex3Points.includes("1(c)") && includesAny(ctx.p.emotionSettings, ["workplace"]);
  if (ctx.annex3Points.some((p) => p.startsWith("4")) || workplaceEmotion) triggers.add("hrDeployerWorkplace");
  if (
    ctx.annex3Points.includes("1(a)") &&
    ctx.p.remoteBiometricIdentification === "post" &&
    ctx.p.rbiLawEnforcementPurpose === true
  ) {
    triggers.add("hrDeployerPostRbi");
  }
  if (!personPoints) {
    note(
      ctx,
      "deployer_duties",
      "deployer_duties.no_fria",
      "does_not_apply",
      "No fundamental rights impact assessment is required for critical-infrastructure (Annex III 2) or Annex I product systems.",
      "Art 27(1)",
    );
    return;
  }
  triggers.add("hrDeployerAnnex3Persons");
  const entity = ask(ctx, "deployerEntityType");
  if (entity === "public_law_body") {
    triggers.add("hrDeployerPublic");
    ctx.registration.push("Art 49(3)");
  }
  const creditOrInsurance = ctx.annex3Points.includes("5(b)") || ctx.annex3Points.includes("5(c)");
  if (entity === "private_education_or_health" && !creditOrInsurance)
    contested(ctx, "deployer_duties", "privateSchoolsClinicsFria");
  if (
    creditOrInsurance ||
    entity === "public_law_body" ||
    entity === "private_public_service" ||
    entity === "private_education_or_health"
  ) {
    ctx.fria = true;
    triggers.add("fria");
    note(
      ctx,
      "deployer_duties",
      "deployer_duties.fria",
      "applies",
      creditOrInsurance
        ? "Any deployer of a creditworthiness or life and health insurance system must carry out a FRIA."
        : "Public-law bodies and private entities providing public services must carry out a FRIA before first use.",
      creditOrInsurance ? "Art 27(1); Annex III 5(b)-(c)" : "Art 27(1)",
    );
  } else if (entity === "private_other" || entity === "natural_person") {
    note(
      ctx,
      "deployer_duties",
      "deployer_duties.no_fria",
      "does_not_apply",
      entity === "natural_person"
        ? "A private individual using the system professionally is a deployer, but not a public body or a provider of public services: no FRIA, except for credit scoring and life and health insurance."
        : "Private deployers outside public services need no FRIA, except for credit scoring and life and health insurance.",
      "Art 27(1)",
    );
  }
}
