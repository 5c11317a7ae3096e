import type { AppliesFrom, ObligationTemplate, RuleSet } from "../data/types";
import type { Obligation } from "../types";
import type { Ctx } from "./context";

function resolveDate(ctx: Ctx, appliesFrom: AppliesFrom): string {
  if (appliesFrom === "chapter3") return ctx.chapter3Date;
  if (appliesFrom === "gpaiDuties") return ctx.gpaiDate;
  if (appliesFrom === "art50Marking") return ctx.art50MarkingDate;
  // Art 50(5) shapes the other provider duties, so it starts with the earliest of them.
  if (appliesFrom === "art50ProviderInformation")
    return ctx.art50.some((f) => f.paragraph === "50(1)") ? ctx.rs.dates.general : ctx.art50MarkingDate;
  return ctx.rs.dates[appliesFrom];
}

function fromTemplate(ctx: Ctx, t: ObligationTemplate): Obligation {
  const appliesFrom = resolveDate(ctx, t.appliesFrom);
  // Always setting `blocking` keeps one object shape, which keeps the hot path fast.
  return {
    code: t.code,
    role: t.role,
    article: t.article,
    title: t.title,
    summary: t.summary,
    appliesFrom,
    appliesNow: appliesFrom <= ctx.asOf,
    blocking: t.blocking === true,
  };
}

/** Obligations per role for the triggers the gates set, in rule-set order (stable output). */
export function buildObligations(ctx: Ctx): Obligation[] {
  const out: Obligation[] = [];
  for (const t of ctx.rs.obligations) {
    if (!ctx.triggers.has(t.trigger) || !ctx.roles.has(t.role)) continue;
    // Art 111(2): legacy high-risk systems carry only the change watch until redesigned.
    if (ctx.legacy && t.appliesFrom === "chapter3" && t.trigger !== "legacyWatch") continue;
    out.push(fromTemplate(ctx, t));
  }
  return out;
}

/** Art 5: a stop duty per role for each prohibited practice; nothing else is listed. */
export function buildProhibitionObligations(ctx: Ctx): Obligation[] {
  const out: Obligation[] = [];
  for (const facet of ctx.prohibited) {
    const id = facet.point.slice(5, -1) as keyof RuleSet["art5"];
    const point = ctx.rs.art5[id];
    const useOnly = id === "h";
    for (const role of ctx.roles) {
      out.push({
        code: `prohibited.art5_${id}`,
        role,
        article: point.citation,
        title: `Stop: ${point.title}`,
        summary: useOnly
          ? "This use is prohibited. Do not use the system this way."
          : "This practice is prohibited. Do not place the system on the market, put it into service, make it available or use it for this practice.",
        appliesFrom: facet.appliesFrom,
        appliesNow: facet.appliesNow,
        blocking: true,
      });
    }
  }
  return out;
}
