import { evaluateCondition } from "../../questionnaire/conditions";
import { ANNEX_X_CONTEXT } from "../../questionnaire/shared";
import { ask, note, type Ctx } from "../context";
import { isPublicAuthorityUse } from "./scope";

/** When the system or model was first placed on the market, or null if not yet / unknown. */
export function placedOnMarket(ctx: Ctx): string | null {
  if (ask(ctx, "alreadyOnMarket") !== true) return null;
  return ask(ctx, "placedOnMarketDate") ?? null;
}

/**
 * When the AI system itself was first placed on the market: the date the system's transitional rules follow
 * (Art 111(1), (2), (4)). For a model and a system on it, the first placing is usually the model's, so the system's
 * own date is asked; unknown counts as not yet placed, which grants no transitional relief.
 */
export function systemPlacedOnMarket(ctx: Ctx): string | null {
  if (ctx.p.artefactType !== "model_and_system") return placedOnMarket(ctx);
  if (ask(ctx, "alreadyOnMarket") !== true || ask(ctx, "systemAlreadyOnMarket") !== true) return null;
  return ask(ctx, "systemPlacedOnMarketDate") ?? null;
}

/**
 * Art 111(1)-(2): high-risk systems placed before their Chapter III date. Unknown change
 * status is treated as a significant change, so duties are never dropped on a guess.
 */
export function applyHighRiskTransition(ctx: Ctx, routeDate: string): void {
  ctx.chapter3Date = routeDate;
  const placed = systemPlacedOnMarket(ctx);
  if (placed === null) return;
  const { dates } = ctx.rs;
  // Only a migration, police or justice system can be part of an Annex X system: elsewhere the
  // question is hidden, so it is neither asked nor read from a stale stored answer.
  if (
    evaluateCondition(ANNEX_X_CONTEXT, ctx.p) &&
    ask(ctx, "annexXLargeScaleSystem") === true &&
    placed < dates.annexXCutoff
  ) {
    ctx.chapter3Date = dates.annexXDeadline;
    note(
      ctx,
      "dates",
      "dates.annex_x",
      "info",
      `A component of an Annex X large-scale IT system placed before ${dates.annexXCutoff}: it must comply by ${dates.annexXDeadline}.`,
      "Art 111(1)",
    );
    return;
  }
  if (placed >= routeDate || ask(ctx, "significantDesignChange") !== false) return;
  if (isPublicAuthorityUse(ctx)) {
    ctx.chapter3Date = dates.publicAuthorityLegacyDeadline;
    note(
      ctx,
      "dates",
      "dates.legacy_public_authority",
      "info",
      `Placed before ${routeDate} and intended for public authorities: it must comply by ${dates.publicAuthorityLegacyDeadline} regardless of changes.`,
      "Art 111(2)",
    );
    return;
  }
  ctx.legacy = true;
  ctx.triggers.add("legacyWatch");
  note(
    ctx,
    "dates",
    "dates.legacy",
    "info",
    `Placed before ${routeDate} and not significantly changed since: the high-risk duties apply only once its design changes significantly.`,
    "Art 111(2)",
  );
}
