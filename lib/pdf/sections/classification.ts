import { describeFacets, OUTCOME_LABELS, roleList, scopeText } from "@/lib/classification/describe-result";
import { formatDate, formatDateTime } from "@/lib/utils";
import { GAP_DESTINATIONS } from "@/lib/pdf/gaps";
import { bullet, gapBox, keyValues, paragraph, startSection, subheading, type Ctx } from "../context";
import { GATE_LABELS, label, REVIEW_LABELS, tierLabel } from "../labels";
import { documentationDuties } from "../requirements";
import { table } from "../table";
import { dispositionText, drawOpenPoints, tierText } from "./classification-open";
import { COLORS } from "../theme";
import { anchor } from "./anchors";

export function drawClassification(ctx: Ctx): void {
  const c = ctx.snapshot.classification;
  startSection(ctx, "Classification", { flow: true });
  anchor(ctx, GAP_DESTINATIONS["classification"], { room: 0, above: 40 });
  if (!c) {
    gapBox(
      ctx,
      "Not classified yet",
      "No classification run is stored for this system. Answer the classification questionnaire in Actlas; the tier, roles, findings and obligations then appear in the next dossier version.",
    );
    drawReviews(ctx);
    return;
  }
  const r = c.result;
  if (c.stale) {
    gapBox(
      ctx,
      "Classification may be out of date",
      "The intake was edited after this classification run. Re-screen the system so the result reflects the current description.",
    );
  }
  keyValues(ctx, [
    ["Tier", tierText(c)],
    ["Scope", scopeText(r.inScope)],
    ["Role(s) of the organisation", roleList(r.roles)],
    ["Disposition", dispositionText(c)],
    ["Rule-set version", `${r.ruleSet.id} (in force from ${formatDate(r.ruleSet.effectiveFrom)})`],
    ["Assessed as of", formatDate(r.asOf)],
    [
      "Classification run",
      `Run ${c.runSequence}, ${formatDateTime(c.classifiedAt)}${c.classifiedBy ? ` by ${c.classifiedBy}` : ""}`,
    ],
  ]);

  subheading(ctx, "What applies");
  const facets = describeFacets(r);
  if (facets.length === 0)
    paragraph(ctx, "No stacked facets: no high-risk, transparency, GPAI or prohibited-practice rules apply.", {
      color: COLORS.muted,
    });
  for (const line of facets) bullet(ctx, line);

  anchor(ctx, GAP_DESTINATIONS.registration);
  subheading(ctx, "Records the law requires");
  const duties = documentationDuties(c);
  bullet(
    ctx,
    `Annex IV technical documentation (Art 11): ${duties.annexIv ? "required" : "not required for this system and role"}`,
  );
  bullet(
    ctx,
    `Art 6(3) assessment record (Art 6(4)): ${duties.derogation ? "required" : "not required (no derogation claimed)"}`,
  );
  bullet(ctx, `Fundamental rights impact assessment (Art 27): ${duties.fria ? "required" : "not required"}`);
  bullet(
    ctx,
    `Registration in the EU database (Art 49): ${duties.registration ? `required (${r.facets.registrationBasis.join(", ") || "Art 49"})` : "not required"}`,
  );

  subheading(ctx, "Findings with reasons and citations");
  table(
    ctx,
    [
      { header: "Step", width: 0.22 },
      { header: "Reason", width: 0.56 },
      { header: "Citation", width: 0.22 },
    ],
    r.findings.map((f) => [{ text: label(GATE_LABELS, f.gate), sub: OUTCOME_LABELS[f.outcome] }, f.reason, f.citation]),
  );

  drawOpenPoints(ctx, c);
  drawReviews(ctx);
}

function drawReviews(ctx: Ctx): void {
  anchor(ctx, GAP_DESTINATIONS.review);
  subheading(ctx, "Legal review decisions");
  const reviews = ctx.snapshot.reviews;
  if (reviews.length === 0) {
    paragraph(ctx, "No legal review has been recorded yet.", { color: COLORS.muted });
    return;
  }
  table(
    ctx,
    [
      { header: "Decision", width: 0.22 },
      { header: "Justification and open questions", width: 0.53 },
      { header: "Signed", width: 0.25 },
    ],
    reviews.map((d) => [
      {
        text: REVIEW_LABELS[d.decision] ?? d.decision,
        sub: [`Run ${d.runSequence}`, d.overrideTier && `Tier set to ${tierLabel(d.overrideTier)}`]
          .filter(Boolean)
          .join(" · "),
        fontKey: "bold",
      },
      {
        text: d.justification || "No justification written.",
        sub: d.openQuestions.length ? `Open questions: ${d.openQuestions.join("; ")}` : undefined,
      },
      { text: d.decidedBy, sub: formatDateTime(d.decidedAt) },
    ]),
  );
}
