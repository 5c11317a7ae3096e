import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { describeFacets } from "@/lib/classification/describe-result";
import { formatDateIn, formatDateTimeIn } from "@/lib/i18n/format";
import { ruleText } from "@/lib/rules/i18n";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { bullet, gapBox, keyValues, paragraph, startSection, subheading, type Ctx } from "../context";
import { dossierLabels } from "../labels";
import { documentationDuties } from "../requirements";
import { table } from "../table";
import { dispositionText, drawOpenPoints, tierText } from "./classification-open";
import { COLORS } from "../theme";
import { anchor } from "./anchors";

type ClassificationText = ReturnType<typeof classificationText>;
const classificationText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierClassification" });

const scopeKey = (inScope: boolean | null) => (inScope === null ? "scopeUnsettled" : inScope ? "scopeIn" : "scopeOut");

export function drawClassification(ctx: Ctx): void {
  const t = classificationText(ctx);
  const labels = dossierLabels(ctx.locale);
  const { locale } = ctx;
  const c = ctx.snapshot.classification;
  startSection(ctx, t("title"), { flow: true });
  anchor(ctx, GAP_DESTINATIONS["classification"], { room: 0, above: 40 });
  if (!c) {
    gapBox(ctx, t("notClassifiedTitle"), t("notClassifiedText"));
    drawReviews(ctx, t);
    return;
  }
  const r = c.result;
  if (c.stale) gapBox(ctx, t("staleTitle"), t("staleText"));
  keyValues(ctx, [
    [t("tier"), tierText(ctx, c)],
    [t("scope"), t(scopeKey(r.inScope))],
    [t("roles"), labels.roles(r.roles)],
    [t("disposition"), dispositionText(ctx, c)],
    [t("ruleSet"), t("ruleSetValue", { id: r.ruleSet.id, from: formatDateIn(locale, r.ruleSet.effectiveFrom) })],
    [t("asOf"), formatDateIn(locale, r.asOf)],
    [
      t("run"),
      c.classifiedBy
        ? t("runValueBy", {
            run: String(c.runSequence),
            at: formatDateTimeIn(locale, c.classifiedAt),
            by: c.classifiedBy,
          })
        : t("runValue", { run: String(c.runSequence), at: formatDateTimeIn(locale, c.classifiedAt) }),
    ],
  ]);

  subheading(ctx, t("whatApplies"));
  const facets = describeFacets(r);
  if (facets.length === 0) paragraph(ctx, t("noFacets"), { color: COLORS.muted });
  for (const line of facets) bullet(ctx, ruleText(locale, line));

  anchor(ctx, GAP_DESTINATIONS.registration);
  subheading(ctx, t("recordsHeading"));
  const duties = documentationDuties(c);
  bullet(ctx, t("annexIvDuty", { state: duties.annexIv ? t("required") : t("annexIvNotRequired") }));
  bullet(ctx, t("derogationDuty", { state: duties.derogation ? t("required") : t("derogationNotRequired") }));
  bullet(ctx, t("friaDuty", { state: duties.fria ? t("required") : t("notRequired") }));
  bullet(
    ctx,
    t("registrationDuty", {
      state: duties.registration
        ? t("requiredBasis", { basis: r.facets.registrationBasis.join(", ") || "Art 49" })
        : t("notRequired"),
    }),
  );

  subheading(ctx, t("findingsHeading"));
  table(
    ctx,
    [
      { header: t("step"), width: 0.22 },
      { header: t("reason"), width: 0.56 },
      { header: t("citation"), width: 0.22 },
    ],
    r.findings.map((f) => [
      { text: labels.gate(f.gate), sub: labels.outcome(f.outcome) },
      ruleText(locale, f.reason),
      f.citation,
    ]),
  );

  drawOpenPoints(ctx, c);
  drawReviews(ctx, t);
}

function drawReviews(ctx: Ctx, t: ClassificationText): void {
  const labels = dossierLabels(ctx.locale);
  anchor(ctx, GAP_DESTINATIONS.review);
  subheading(ctx, t("reviewsHeading"));
  const reviews = ctx.snapshot.reviews;
  if (reviews.length === 0) {
    paragraph(ctx, t("noReviews"), { color: COLORS.muted });
    return;
  }
  table(
    ctx,
    [
      { header: t("decision"), width: 0.22 },
      { header: t("justification"), width: 0.53 },
      { header: t("signed"), width: 0.25 },
    ],
    reviews.map((d) => [
      {
        text: labels.review(d.decision),
        sub: [
          t("runShort", { run: String(d.runSequence) }),
          d.overrideTier && t("tierSetTo", { tier: labels.tier(d.overrideTier) }),
        ]
          .filter(Boolean)
          .join(" · "),
        fontKey: "bold",
      },
      {
        text: d.justification || t("noJustification"),
        sub: d.openQuestions.length ? t("openQuestions", { list: d.openQuestions.join("; ") }) : undefined,
      },
      { text: d.decidedBy, sub: formatDateTimeIn(ctx.locale, d.decidedAt) },
    ]),
  );
}
