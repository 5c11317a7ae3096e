import { classificationText, type StoredClassification } from "@/lib/classification/display";
import { quarterLabel } from "@/lib/dashboard/quarters";
import { formatDate } from "@/lib/utils";
import { LIFECYCLE_LABELS } from "@/lib/validations/system-fields";
import { keyValues, paragraph, startSection, subheading, type BaseCtx } from "../context";
import { label, roleLabel, tierLabel } from "../labels";
import { table } from "../table";
import { COLORS } from "../theme";
import { count, percent, ratio } from "./format";
import type { PortfolioSnapshot } from "./snapshot";

type Figures = PortfolioSnapshot["figures"];

export function drawSummary(ctx: BaseCtx, f: Figures): void {
  const a = f.attention;
  startSection(ctx, "Summary");
  paragraph(
    ctx,
    `The organisation's AI systems and their EU AI Act obligations on ${formatDate(f.today)}. Readiness counts obligations done (or recorded as not applicable) out of those that apply.`,
    { color: COLORS.muted },
  );
  keyValues(
    ctx,
    [
      ["AI systems", count(f.systems.total)],
      ["Readiness, all systems", ratio(f.readiness.overall)],
      ["Overdue obligations", count(a.overdueObligations)],
      ["Awaiting legal review", count(a.awaitingReview.total)],
      ["Prohibited practices in use", count(a.prohibitedInUse.total)],
      ["High-risk without FRIA", count(a.friaMissing.total)],
      ["High-risk without registration", count(a.registrationMissing.total)],
    ],
    190,
  );
}

export function drawPortfolio(ctx: BaseCtx, f: Figures): void {
  startSection(ctx, "The portfolio", { flow: true });
  const share = (n: number) => (f.systems.total ? `${Math.round((n / f.systems.total) * 100)}%` : "—");
  const columns = (first: string) => [
    { header: first, width: 0.6 },
    { header: "Systems", width: 0.2 },
    { header: "Share", width: 0.2 },
  ];
  subheading(ctx, "By risk tier");
  table(
    ctx,
    columns("Tier"),
    f.systems.byTier.map((r) => [tierLabel(r.tier), count(r.count), share(r.count)]),
  );
  subheading(ctx, "By the organisation's role");
  paragraph(ctx, "A system can carry several roles, so these add up to more than the number of systems.", {
    color: COLORS.muted,
  });
  table(
    ctx,
    columns("Role"),
    f.systems.byRole.map((r) => [roleLabel(r.role), count(r.count), share(r.count)]),
  );
  subheading(ctx, "By business unit");
  table(
    ctx,
    columns("Business unit"),
    f.systems.byUnit.map((r) => [r.unit || "No unit recorded", count(r.count), share(r.count)]),
  );
  subheading(ctx, "By lifecycle stage");
  table(
    ctx,
    columns("Lifecycle stage"),
    f.systems.byLifecycle.map((r) => [label(LIFECYCLE_LABELS, r.stage), count(r.count), share(r.count)]),
  );
}

export function drawReadiness(ctx: BaseCtx, f: Figures): void {
  startSection(ctx, "Readiness", { flow: true });
  paragraph(ctx, `All systems: ${ratio(f.readiness.overall)} obligations done.`, { fontKey: "bold" });
  const columns = (first: string) => [
    { header: first, width: 0.46 },
    { header: "Done", width: 0.18 },
    { header: "Applicable", width: 0.18 },
    { header: "Ready", width: 0.18 },
  ];
  subheading(ctx, "By risk tier");
  table(
    ctx,
    columns("Tier"),
    f.readiness.byTier.map((r) => [tierLabel(r.tier), count(r.done), count(r.applicable), percent(r)]),
  );
  subheading(ctx, "By business unit");
  table(
    ctx,
    columns("Business unit"),
    f.readiness.byUnit.map((r) => [r.unit || "No unit recorded", count(r.done), count(r.applicable), percent(r)]),
  );
  subheading(ctx, "Systems furthest behind");
  if (f.furthestBehind.length === 0) paragraph(ctx, "No system has open obligations.");
  else
    table(
      ctx,
      columns("AI system"),
      f.furthestBehind.map((s) => [
        { text: s.name, sub: classificationText(s as StoredClassification) },
        count(s.done),
        count(s.applicable),
        percent(s),
      ]),
    );
}

export function drawTimeline(ctx: BaseCtx, f: Figures): void {
  startSection(ctx, "What comes due, per quarter", { flow: true });
  paragraph(
    ctx,
    "Obligations by the quarter in which they begin to apply, as the application dates of the AI Act arrive.",
    { color: COLORS.muted },
  );
  if (f.timeline.length === 0) return paragraph(ctx, "No obligations yet.");
  table(
    ctx,
    [
      { header: "Quarter", width: 0.16 },
      { header: "Application dates", width: 0.36 },
      { header: "Obligations", width: 0.16 },
      { header: "Done", width: 0.16 },
      { header: "Systems", width: 0.16 },
    ],
    f.timeline.map((q) => [
      { text: quarterLabel(q.quarter), fontKey: q.quarter === f.currentQuarter ? "bold" : "regular" },
      q.dates.map((d) => formatDate(d)).join(", "),
      count(q.obligations),
      count(q.done),
      count(q.systems),
    ]),
  );
}

export function drawAttention(ctx: BaseCtx, f: Figures): void {
  const a = f.attention;
  startSection(ctx, "Needs attention", { flow: true });
  const lists: [string, { total: number; examples: { name: string }[] }][] = [
    ["Prohibited practices still in use", a.prohibitedInUse],
    ["Classifications awaiting legal review", a.awaitingReview],
    ["High-risk systems without a completed FRIA", a.friaMissing],
    ["High-risk systems not registered in the EU database", a.registrationMissing],
  ];
  for (const [title, list] of lists) {
    subheading(ctx, `${title}: ${count(list.total)}`);
    if (list.total === 0) paragraph(ctx, "None.", { color: COLORS.muted });
    else
      paragraph(
        ctx,
        `${list.examples.map((e) => e.name).join("; ")}${list.total > list.examples.length ? `; and ${count(list.total - list.examples.length)} more` : ""}.`,
      );
  }
  subheading(ctx, `Overdue obligations: ${count(a.overdueObligations)}`);
  paragraph(ctx, "Open obligations whose due date has passed.", { color: COLORS.muted });
}
