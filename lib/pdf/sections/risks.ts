import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { RiskLabels } from "@/lib/risks/labels";
import { currentRating } from "@/lib/risks/score";
import { openedFromIn } from "@/lib/risks/origin";
import { formatDateIn } from "@/lib/i18n/format";
import { contentWidth, font, gapBox, keyValues, left, paragraph, startSection, subheading, type Ctx } from "../context";
import { GAP_DESTINATIONS } from "../gaps";
import { inherentRating, isHighRisk, overdueReviews, residualRating } from "../risk-register";
import type { DossierRisk, DossierRiskRegister } from "../snapshot";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";
import { anchor } from "./anchors";
import { drawRiskHeatMaps, type HeatWords } from "./risk-heat-map";
import { riskWords, type RiskWords } from "./risk-words";

/** Named destination of the register, which Annex IV section 5 links to. */
export const RISK_REGISTER_DESTINATION = "risk-register";

type RisksText = ReturnType<typeof risksText>;
const risksText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierRisks" });
// The register's sentences, beside the band and code words of ./risk-words.
const sentences = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierRiskWords" });

// German and French words for the status and the headers are longer: their columns take room from the treatment's.
const WIDTHS = { en: [0.24, 0.1, 0.1, 0.26, 0.12, 0.1, 0.08], other: [0.22, 0.1, 0.11, 0.19, 0.14, 0.11, 0.13] };
const columns = (ctx: Ctx, t: RisksText) => {
  const w = ctx.locale === "en" ? WIDTHS.en : WIDTHS.other;
  return [t("risk"), t("inherent"), t("residual"), t("treatment"), t("owner"), t("nextReview"), t("status")].map(
    (header, i) => ({ header, width: w[i] ?? 0 }),
  );
};

/** The section's title in the dossier's language (Annex IV section 5 finds the section by it). */
export const riskSectionTitle = (ctx: Ctx) => risksText(ctx)("title");

// The organisation's words as sealed; snapshots without them (or with a half-set scale) print the defaults, which
// are Actlas's words and so are read in the dossier's language; an organisation's own words print as written.
const registerLabels = (ctx: Ctx, r: DossierRiskRegister): RiskLabels => {
  const t = sentences(ctx);
  const LIKELIHOOD = ["likelihood1", "likelihood2", "likelihood3", "likelihood4", "likelihood5"] as const;
  const IMPACT = ["impact1", "impact2", "impact3", "impact4", "impact5"] as const;
  return {
    likelihoodLabels: r.likelihoodLabels?.length === 5 ? r.likelihoodLabels : LIKELIHOOD.map((k) => t(k)),
    impactLabels: r.impactLabels?.length === 5 ? r.impactLabels : IMPACT.map((k) => t(k)),
  };
};

const heatWords = (ctx: Ctx, w: RiskWords): HeatWords => {
  const t = sentences(ctx);
  return { axes: t("heatAxes"), band: w.band, impactLine: (scale) => t("heatImpact", { scale }) };
};

/** The section is printed for a high-risk system (where Art 9 applies) and for any system with risks recorded. */
export function hasRiskSection(ctx: Ctx): DossierRiskRegister | null {
  const register = ctx.snapshot.riskRegister;
  if (!register) return null;
  return register.risks.length > 0 || isHighRisk(ctx.snapshot.classification) ? register : null;
}

function row(ctx: Ctx, w: RiskWords, r: DossierRisk, asOf: string): Cell[] {
  const t = sentences(ctx);
  const residual = residualRating(r);
  const late = overdueReviews([r], asOf).length > 0;
  const openedFrom = openedFromIn(ctx.locale, r);
  const source = [w.source(r.source), openedFrom && t("openedFrom", { what: openedFrom })].filter(Boolean).join(", ");
  const mitigation = [
    r.mitigation,
    r.obligations.length ? t("through", { list: r.obligations.join(", ") }) : "",
    r.accepted ? t("acceptedLine", { by: r.accepted.by, day: formatDateIn(ctx.locale, r.accepted.at) }) : "",
  ]
    .filter(Boolean)
    .join("\n");
  return [
    { text: r.title, sub: t("sourceLine", { source }), fontKey: "bold" },
    w.rating(inherentRating(r)),
    residual ? w.rating(residual) : { text: t("notRated"), color: COLORS.muted },
    { text: w.treatment(r.treatment), sub: mitigation },
    r.owner ?? t("unassigned"),
    r.nextReviewDate
      ? {
          text: formatDateIn(ctx.locale, r.nextReviewDate),
          sub: late ? t("pastDue") : undefined,
          color: late ? COLORS.badText : COLORS.text,
        }
      : "—",
    w.status(r.status),
  ];
}

function summary(ctx: Ctx, w: RiskWords, risks: DossierRisk[]): string {
  const t = sentences(ctx);
  const by = (s: string) => risks.filter((r) => r.status === s).length;
  const accepted = risks.filter((r) => r.accepted).length;
  const states = { open: by("OPEN"), treated: by("TREATED"), closed: by("CLOSED") };
  return [
    t("summary", { count: risks.length, bands: w.bands(risks) }),
    accepted ? t("statesAccepted", { ...states, accepted }) : t("states", states),
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
  const w = riskWords(ctx.locale);
  const say = sentences(ctx);
  paragraph(ctx, summary(ctx, w, risks));
  drawRiskHeatMaps(
    ctx,
    t("heatMapTitle"),
    [
      { title: t("heatMapInherent"), points: risks },
      { title: t("heatMapResidual"), points: risks.map(currentRating) },
    ],
    registerLabels(ctx, register),
    heatWords(ctx, w),
  );
  subheading(ctx, t("register"));
  table(
    ctx,
    columns(ctx, t),
    risks.map((r) => row(ctx, w, r, asOf)),
  );
  const accepted = risks.filter((r) => r.accepted);
  if (accepted.length === 0) return;
  subheading(ctx, t("acceptedHeading"));
  for (const [i, r] of accepted.entries()) {
    if (!r.accepted) continue;
    if (i > 0) rule(ctx);
    keyValues(ctx, [
      [t("risk"), say("acceptedRisk", { title: r.title, rating: w.rating(residualRating(r) ?? inherentRating(r)) })],
      [
        t("acceptedBy"),
        say("acceptedByOn", { by: r.accepted.by || say("formerMember"), day: formatDateIn(ctx.locale, r.accepted.at) }),
      ],
      [t("justification"), r.accepted.justification || say("noJustification")],
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
  const w = riskWords(ctx.locale);
  const say = sentences(ctx);
  const where = at >= 0 ? say("where", { number: String(at + 1), title }) : title;
  const late = overdueReviews(register.risks, register.asOf).length;
  const some = { count: register.risks.length, bands: w.bands(register.risks), where };
  const text =
    register.risks.length === 0
      ? say("referenceNone", { where })
      : late
        ? say("referenceLate", { ...some, late: String(late) })
        : say("reference", some);
  font(ctx, "regular", SIZES.body, register.risks.length && !late ? COLORS.text : COLORS.gapText).text(
    text,
    left(ctx),
    ctx.doc.y,
    { width: contentWidth(ctx), lineGap: 1.5, goTo: RISK_REGISTER_DESTINATION, underline: false },
  );
  ctx.doc.moveDown(0.6);
}
