import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { countPhrase } from "@/lib/plural";
import { DEFAULT_RISK_LABELS, type RiskLabels } from "@/lib/risks/labels";
import { currentRating } from "@/lib/risks/score";
import { formatDate } from "@/lib/utils";
import {
  RISK_SOURCE_LABELS,
  RISK_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
  type RiskSourceCode,
  type RiskStatusCode,
  type RiskTreatmentCode,
} from "@/lib/validations/risks";
import { contentWidth, font, gapBox, keyValues, left, paragraph, startSection, subheading, type Ctx } from "../context";
import { GAP_DESTINATIONS } from "../gaps";
import { label } from "../labels";
import { bandSummary, inherentRating, isHighRisk, overdueReviews, ratingText, residualRating } from "../risk-register";
import type { DossierRisk, DossierRiskRegister } from "../snapshot";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";
import { anchor } from "./anchors";
import { drawRiskHeatMaps } from "./risk-heat-map";

/** Named destination of the register, which Annex IV section 5 links to. */
export const RISK_REGISTER_DESTINATION = "risk-register";

type RisksText = ReturnType<typeof risksText>;
const risksText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierRisks" });

const columns = (t: RisksText) => [
  { header: t("risk"), width: 0.24 },
  { header: t("inherent"), width: 0.1 },
  { header: t("residual"), width: 0.1 },
  { header: t("treatment"), width: 0.26 },
  { header: t("owner"), width: 0.12 },
  { header: t("nextReview"), width: 0.1 },
  { header: t("status"), width: 0.08 },
];

/** The section's title in the dossier's language (Annex IV section 5 finds the section by it). */
export const riskSectionTitle = (ctx: Ctx) => risksText(ctx)("title");

// The organisation's words as sealed; snapshots without them (or with a half-set scale) print the defaults.
const registerLabels = (r: DossierRiskRegister): RiskLabels => ({
  likelihoodLabels: r.likelihoodLabels?.length === 5 ? r.likelihoodLabels : DEFAULT_RISK_LABELS.likelihoodLabels,
  impactLabels: r.impactLabels?.length === 5 ? r.impactLabels : DEFAULT_RISK_LABELS.impactLabels,
});

/** The section is printed for a high-risk system (where Art 9 applies) and for any system with risks recorded. */
export function hasRiskSection(ctx: Ctx): DossierRiskRegister | null {
  const register = ctx.snapshot.riskRegister;
  if (!register) return null;
  return register.risks.length > 0 || isHighRisk(ctx.snapshot.classification) ? register : null;
}

function row(r: DossierRisk, asOf: string): Cell[] {
  const residual = residualRating(r);
  const late = overdueReviews([r], asOf).length > 0;
  const source = [label<RiskSourceCode>(RISK_SOURCE_LABELS, r.source), r.openedFrom && `opened from ${r.openedFrom}`]
    .filter(Boolean)
    .join(", ");
  const mitigation = [
    r.mitigation,
    r.obligations.length ? `Through: ${r.obligations.join(", ")}` : "",
    r.accepted ? `Accepted by ${r.accepted.by} on ${formatDate(r.accepted.at)} (justification below)` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return [
    { text: r.title, sub: `Source: ${source}`, fontKey: "bold" },
    ratingText(inherentRating(r)),
    residual ? ratingText(residual) : { text: "Not rated", color: COLORS.muted },
    { text: label<RiskTreatmentCode>(RISK_TREATMENT_LABELS, r.treatment, "Not decided"), sub: mitigation },
    r.owner ?? "Unassigned",
    r.nextReviewDate
      ? {
          text: formatDate(r.nextReviewDate),
          sub: late ? "Past due" : undefined,
          color: late ? COLORS.badText : COLORS.text,
        }
      : "—",
    label<RiskStatusCode>(RISK_STATUS_LABELS, r.status),
  ];
}

function summary(risks: DossierRisk[]): string {
  const by = (s: string) => risks.filter((r) => r.status === s).length;
  const accepted = risks.filter((r) => r.accepted).length;
  return [
    `${countPhrase(risks.length, "risk")} recorded: ${bandSummary(risks)} on the current rating (residual where rated).`,
    `${by("OPEN")} open, ${by("TREATED")} treated, ${by("CLOSED")} closed${accepted ? `; ${accepted} accepted` : ""}.`,
  ].join(" ");
}

// The register of the system's risks: a heat map before and after treatment, the table, then each accepted risk with
// who accepted it, when, and the written justification an auditor will read.
export function drawRiskManagement(ctx: Ctx, register: DossierRiskRegister): void {
  const t = risksText(ctx);
  const { risks, asOf } = register;
  startSection(ctx, t("title"), { flow: true, keep: 160 });
  anchor(ctx, GAP_DESTINATIONS["risk-register"], { room: 0, above: 40 });
  anchor(ctx, RISK_REGISTER_DESTINATION, { room: 0, above: 40 });
  paragraph(ctx, t("intro"), { color: COLORS.muted });
  if (risks.length === 0) {
    gapBox(ctx, t("noRisksTitle"), t("noRisksText"));
    return;
  }
  paragraph(ctx, summary(risks));
  drawRiskHeatMaps(
    ctx,
    t("heatMapTitle"),
    [
      { title: t("heatMapInherent"), points: risks },
      { title: t("heatMapResidual"), points: risks.map(currentRating) },
    ],
    registerLabels(register),
  );
  subheading(ctx, t("register"));
  table(
    ctx,
    columns(t),
    risks.map((r) => row(r, asOf)),
  );
  const accepted = risks.filter((r) => r.accepted);
  if (accepted.length === 0) return;
  subheading(ctx, t("acceptedHeading"));
  for (const [i, r] of accepted.entries()) {
    if (!r.accepted) continue;
    if (i > 0) rule(ctx);
    keyValues(ctx, [
      [t("risk"), `${r.title} (residual ${ratingText(residualRating(r) ?? inherentRating(r))})`],
      [t("acceptedBy"), `${r.accepted.by || "A former member"} on ${formatDate(r.accepted.at)}`],
      [t("justification"), r.accepted.justification || "None written (a low or medium risk needs none)."],
    ]);
    ctx.doc.moveDown(0.4);
  }
}

function rule(ctx: Ctx): void {
  const { doc } = ctx;
  doc
    .moveTo(left(ctx), doc.y)
    .lineTo(left(ctx) + contentWidth(ctx), doc.y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y += 6;
}

/** Annex IV section 5's pointer to the register: its size, bands and late reviews, linked to the register's section. */
export function drawRegisterReference(ctx: Ctx): void {
  const register = hasRiskSection(ctx);
  if (!register) return;
  const title = riskSectionTitle(ctx);
  const at = ctx.toc.findIndex((e) => e.title === title);
  const where = at >= 0 ? `section ${at + 1}, ${title}` : title;
  const late = overdueReviews(register.risks, register.asOf).length;
  const text =
    register.risks.length === 0
      ? `Risk register: no risks recorded (see ${where}).`
      : `Risk register: ${countPhrase(register.risks.length, "risk")} (${bandSummary(register.risks)} on the current rating)${late ? `, ${late} past the review date` : ""}. The register, its heat map and the accepted risks with their justifications are in ${where}, and form part of this section.`;
  font(ctx, "regular", SIZES.body, register.risks.length && !late ? COLORS.text : COLORS.gapText).text(
    text,
    left(ctx),
    ctx.doc.y,
    { width: contentWidth(ctx), lineGap: 1.5, goTo: RISK_REGISTER_DESTINATION, underline: false },
  );
  ctx.doc.moveDown(0.6);
}
