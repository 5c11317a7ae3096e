import type { Trigger } from "../../data/types";
import type { Role } from "../../types";
import { ask, contested, includesAny, note, type Ctx } from "../context";
import { systemPlacedOnMarket } from "./legacy";

/** Art 50: role-specific and cumulative with any tier (Art 50(6)). */
export function checkTransparency(ctx: Ctx): void {
  const lawEnforcementExempt =
    includesAny(ask(ctx, "intendedUsers"), ["law_enforcement"]) && ask(ctx, "authorisedByLawForCrime") === true;
  const content = ask(ctx, "syntheticContent");
  if (ctx.roles.has("provider")) {
    checkInteraction(ctx, lawEnforcementExempt);
    checkMarking(ctx, content, lawEnforcementExempt);
  }
  if (ctx.roles.has("deployer")) checkDeployerDuties(ctx, content, lawEnforcementExempt);
  if (ctx.art50.some((f) => f.role === "provider")) ctx.triggers.add("art50p5Provider");
  if (ctx.art50.some((f) => f.role === "deployer")) ctx.triggers.add("art50p5Deployer");
}

function duty(
  ctx: Ctx,
  trigger: Trigger,
  paragraph: string,
  role: Role,
  appliesFrom: string,
  reason: string,
  citation: string,
): void {
  ctx.triggers.add(trigger);
  ctx.art50.push({ paragraph, role, appliesFrom, appliesNow: appliesFrom <= ctx.asOf });
  note(ctx, "transparency", `transparency.${trigger}`, "applies", reason, citation);
}

function exempt(ctx: Ctx, code: string, reason: string, citation: string): void {
  note(ctx, "transparency", `transparency.${code}`, "does_not_apply", reason, citation);
}

function checkInteraction(ctx: Ctx, lawEnforcementExempt: boolean): void {
  if (ask(ctx, "interactsWithPersons") !== true) return;
  if (lawEnforcementExempt && ask(ctx, "publicCanReportCrime") !== true) {
    exempt(
      ctx,
      "art50p1_law_enforcement",
      "Authorised by law to detect or prosecute crime, and not open to the public for reporting crime.",
      "Art 50(1)",
    );
    return;
  }
  if (ask(ctx, "aiObvious") === true) {
    if (ask(ctx, "humanLikePersona") !== true) {
      exempt(
        ctx,
        "art50p1_obvious",
        "It is obvious to a reasonably well-informed person in context that they are interacting with AI.",
        "Art 50(1)",
      );
      return;
    }
    contested(ctx, "transparency", "obviousWithPersona");
  }
  duty(
    ctx,
    "art50p1",
    "50(1)",
    "provider",
    ctx.rs.dates.general,
    "It interacts directly with people, who must be told they are dealing with AI.",
    "Art 50(1)",
  );
}

function checkMarking(ctx: Ctx, content: readonly string[] | undefined, lawEnforcementExempt: boolean): void {
  if (content === undefined || content.length === 0) return;
  const exemption = ask(ctx, "syntheticContentExemption");
  if (exemption !== undefined && exemption !== "none") {
    exempt(
      ctx,
      "art50p2_exempt",
      "Standard editing assistance, output that does not substantially alter the input, and output outside Art 50(2) (code, labels, ranking, machine-to-machine) need no marking.",
      "Art 50(2)",
    );
    return;
  }
  if (lawEnforcementExempt) {
    exempt(ctx, "art50p2_law_enforcement", "Authorised by law to detect or prosecute crime.", "Art 50(2)");
    return;
  }
  const { dates } = ctx.rs;
  // Art 111(4): generative systems already on the market before Art 50 applied get until 2 Dec 2026. It is the
  // system's own date that counts, not that of the model it is built on.
  const placed = systemPlacedOnMarket(ctx);
  const legacy = placed !== null && placed < dates.general;
  ctx.art50MarkingDate = legacy ? dates.art50MarkingLegacyDeadline : dates.general;
  duty(
    ctx,
    "art50p2",
    "50(2)",
    "provider",
    ctx.art50MarkingDate,
    legacy
      ? `It generates synthetic content; as a system placed before ${dates.general}, marking is due by ${dates.art50MarkingLegacyDeadline}.`
      : "It generates synthetic content, which must be marked as AI-generated in a machine-readable way.",
    legacy ? "Art 50(2); Art 111(4)" : "Art 50(2)",
  );
}

function checkDeployerDuties(ctx: Ctx, content: readonly string[] | undefined, lawEnforcementExempt: boolean): void {
  const general = ctx.rs.dates.general;
  const emotion = ctx.p.emotionInference === "biometric_emotions";
  const categorisation = ctx.p.biometricCategorisation === true && ctx.p.biometricCategorisationAncillary === false;
  if ((emotion || categorisation) && !lawEnforcementExempt) {
    duty(
      ctx,
      "art50p3",
      "50(3)",
      "deployer",
      general,
      "People exposed to emotion recognition or biometric categorisation must be informed.",
      "Art 50(3)",
    );
  }
  if (
    includesAny(content, ["image", "audio", "video"]) &&
    ask(ctx, "publishesDeepFakes") === true &&
    !lawEnforcementExempt
  ) {
    const artistic = ask(ctx, "deepFakeArtistic") === true;
    duty(
      ctx,
      artistic ? "art50p4DeepFakeArtistic" : "art50p4DeepFake",
      "50(4) deep fake",
      "deployer",
      general,
      artistic
        ? "Deep fakes in evidently artistic or fictional work need a light-touch disclosure that such content exists."
        : "Deep fakes must be disclosed as AI-generated or manipulated.",
      "Art 50(4), first subparagraph",
    );
  }
  if (includesAny(content, ["text"]) && ask(ctx, "publishesPublicInterestText") === true && !lawEnforcementExempt) {
    if (ask(ctx, "humanEditorialResponsibility") === true) {
      exempt(
        ctx,
        "art50p4_editorial",
        "The text undergoes human editorial control and a person holds editorial responsibility.",
        "Art 50(4), second subparagraph",
      );
    } else {
      duty(
        ctx,
        "art50p4Text",
        "50(4) text",
        "deployer",
        general,
        "AI-generated text published to inform the public on matters of public interest must be disclosed.",
        "Art 50(4), second subparagraph",
      );
    }
  }
}
