import { ask, contested, deciding, note, type Ctx } from "../context";
import { placedOnMarket } from "./legacy";

/**
 * Chapter V for the organisation's model: who is the model provider (original trainer or
 * a modifier above the one-third compute criterion), systemic risk, the open-source
 * carve-outs and Art 54. Returns whether the organisation is a GPAI model provider.
 */
export function checkGpaiModel(ctx: Ctx, alsoSystem: boolean): boolean {
  const modifier = ask(ctx, "modelOrigin") === "modified_third_party";
  if (modifier && !deciding(ctx, "role", () => modifierBecomesProvider(ctx))) return false;
  if (!modifier && !ctx.roles.has("provider")) {
    note(
      ctx,
      "gpai",
      "gpai.not_model_provider",
      "does_not_apply",
      "You do not place the model on the market under your own name, so the Chapter V duties rest with its provider.",
      "Art 3(3); Art 53",
    );
    return false;
  }
  ctx.roles.add("provider");
  const systemic = deciding(ctx, "gpai_systemic", () => hasSystemicRisk(ctx, modifier));
  const openSource = ask(ctx, "modelOpenSource") === true && ask(ctx, "modelMonetised") === false;
  // Open-source relief is lost with systemic risk, so an undetermined risk does not grant it yet.
  const exempt = openSource && systemic === false;
  if (openSource) {
    note(
      ctx,
      "gpai",
      "gpai.open_source",
      exempt ? "applies" : "does_not_apply",
      exempt
        ? "Released under a free and open-source licence with weights, architecture and usage information public: exempt from Art 53(1)(a)-(b) and Art 54, but the copyright policy and training summary remain."
        : "The open-source exemption is lost for models with systemic risk.",
      "Art 53(2); Art 54(6)",
    );
  }
  const duties = ["53(1)(c)", "53(1)(d)"];
  ctx.triggers.add("gpaiAll");
  if (!exempt) {
    duties.unshift("53(1)(a)", "53(1)(b)");
    ctx.triggers.add("gpaiNotOpenSource");
    if (ask(ctx, "establishedInEu") === false) {
      ctx.triggers.add("gpaiNonEuProvider");
      duties.push("54(1)");
    }
  }
  if (systemic === true) {
    ctx.triggers.add("gpaiSystemic");
    duties.push("55(1)(a)", "55(1)(b)", "55(1)(c)", "55(1)(d)");
  }
  if (modifier) ctx.triggers.add("gpaiModifier");
  ctx.gpai = { systemicRisk: systemic, openSourceExemption: exempt, modifier, duties };
  const placed = placedOnMarket(ctx);
  if (placed !== null && placed < ctx.rs.dates.gpai) {
    ctx.gpaiDate = ctx.rs.dates.gpaiLegacyDeadline;
    note(
      ctx,
      "dates",
      "dates.gpai_legacy",
      "info",
      `Placed on the market before ${ctx.rs.dates.gpai}: the model must comply by ${ctx.rs.dates.gpaiLegacyDeadline}.`,
      "Art 111(3)",
    );
  }
  if (alsoSystem) {
    note(
      ctx,
      "gpai",
      "gpai.ai_office_competence",
      "info",
      "Model and system come from the same provider, so the AI Office has exclusive competence over the system (with carve-outs for Annex I, Annex III 2 and 8, and certain authorities).",
      "Art 75(1)",
    );
  }
  return true;
}

function modifierBecomesProvider(ctx: Ctx): boolean {
  const { gpai } = ctx.rs;
  const modification = ask(ctx, "modificationComputeFlop");
  const originalSystemic = ask(ctx, "originalModelSystemic");
  const known = ask(ctx, "originalComputeKnown");
  const original =
    known === true
      ? ask(ctx, "originalModelComputeFlop")
      : known === false
        ? originalSystemic === true
          ? gpai.unknownSystemicOriginalFlop
          : gpai.unknownOriginalFlop
        : undefined;
  if (modification === undefined || original === undefined) {
    ctx.scopeUndetermined = true;
    note(
      ctx,
      "gpai",
      "gpai.modifier_unknown",
      "info",
      "Whether your modification makes you a model provider depends on its compute compared with one third of the original's.",
      "Commission GPAI Guidelines",
    );
    return false;
  }
  if (modification > original * gpai.modifierShare) {
    note(
      ctx,
      "gpai",
      "gpai.modifier_provider",
      "applies",
      "The compute used for your modification exceeds one third of the original model's training compute: you are the provider of the modified model, with duties limited to the modification.",
      "Art 3(3); Commission GPAI Guidelines",
    );
    return true;
  }
  note(
    ctx,
    "gpai",
    "gpai.modifier_below_threshold",
    "does_not_apply",
    "Your modification stays below one third of the original training compute: the original provider remains the model provider.",
    "Commission GPAI Guidelines",
  );
  return false;
}

/** Art 51: true, false, or null while compute, capabilities or designation are unknown. */
function hasSystemicRisk(ctx: Ctx, modifier: boolean): boolean | null {
  const designated = ask(ctx, "commissionDesignated");
  if (designated === true) {
    note(
      ctx,
      "gpai",
      "gpai.designated",
      "applies",
      "The Commission has designated the model as having systemic risk.",
      "Art 51(1)(b); Annex XIII",
    );
    return true;
  }
  // A modifier inherits the presumption from the original model (Commission GPAI Guidelines).
  const basis = modifier ? ask(ctx, "originalModelSystemic") : ask(ctx, "trainingComputeFlop");
  const presumed = typeof basis === "number" ? basis > ctx.rs.gpai.systemicPresumptionFlop : basis === true;
  const capabilities = ask(ctx, "highImpactCapabilities");
  if (!presumed && capabilities !== true) {
    if (designated !== undefined && capabilities !== undefined && basis !== undefined) return false;
    note(
      ctx,
      "gpai",
      "gpai.systemic_undetermined",
      "info",
      "Whether the model has systemic risk is not settled: its training compute, high-impact capabilities or a Commission designation are not known yet.",
      "Art 51(1)-(2)",
    );
    return null;
  }
  if (modifier) contested(ctx, "gpai", "systemicModifiers");
  ctx.triggers.add("gpaiNotify");
  note(
    ctx,
    "gpai",
    "gpai.systemic",
    "applies",
    capabilities === true
      ? "The model has high-impact capabilities, so it has systemic risk."
      : modifier
        ? "You modified a model with systemic risk."
        : "Cumulative training compute above 10^25 FLOP: the model is presumed to have high-impact capabilities.",
    capabilities === true ? "Art 51(1)(a)" : modifier ? "Art 51; Commission GPAI Guidelines" : "Art 51(2)",
  );
  return true;
}
