import type { FileChild } from "docx";
import { countPhrase } from "@/lib/plural";
import { label } from "@/lib/pdf/labels";
import { bandSummary, inherentRating, overdueReviews, ratingText, residualRating } from "@/lib/pdf/risk-register";
import type { DossierRiskRegister } from "@/lib/pdf/snapshot";
import { formatDate } from "@/lib/utils";
import { RISK_SOURCE_LABELS, RISK_STATUS_LABELS, RISK_TREATMENT_LABELS } from "@/lib/validations/risks";
import { heading2, keyValueTable, muted, table } from "./blocks";

// Annex IV section 5 in the Word file carries the Art 9 register itself (the Word file stands alone, unlike the PDF
// dossier where the register has its own section): the same rows, counts and acceptances as the dossier prints.
export function riskRegisterBlocks(register: DossierRiskRegister | null): FileChild[] {
  if (!register) return [];
  const { risks, asOf } = register;
  if (risks.length === 0)
    return [
      heading2("Risk register (Art 9)"),
      muted("No risks are recorded for this system in Actlas yet (system page → Risks)."),
    ];
  const late = new Set(overdueReviews(risks, asOf));
  const accepted = risks.filter((r) => r.accepted);
  return [
    heading2("Risk register (Art 9)"),
    muted(
      `As recorded in Actlas on ${formatDate(asOf)}: ${countPhrase(risks.length, "risk")}, ${bandSummary(risks)} on the current rating (residual where rated)${late.size ? `; ${late.size} past the review date` : ""}.`,
    ),
    table(
      ["Risk", "Source", "Inherent", "Residual", "Treatment and mitigation", "Owner", "Next review", "Status"],
      risks.map((r) => [
        r.title,
        [label(RISK_SOURCE_LABELS, r.source), r.openedFrom].filter(Boolean).join(": "),
        ratingText(inherentRating(r)),
        ratingText(residualRating(r)),
        [
          label(RISK_TREATMENT_LABELS, r.treatment, "Not decided"),
          r.mitigation,
          r.obligations.length ? `Through: ${r.obligations.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("\n"),
        r.owner ?? "Unassigned",
        r.nextReviewDate ? `${formatDate(r.nextReviewDate)}${late.has(r) ? " (past due)" : ""}` : "—",
        label(RISK_STATUS_LABELS, r.status),
      ]),
      [0.17, 0.1, 0.09, 0.09, 0.23, 0.11, 0.11, 0.1],
    ),
    ...accepted.flatMap((r) => [
      heading2(`Accepted: ${r.title}`),
      keyValueTable([
        ["Residual rating", ratingText(residualRating(r) ?? inherentRating(r))],
        ["Accepted by", `${r.accepted?.by || "A former member"} on ${formatDate(r.accepted?.at)}`],
        ["Justification", r.accepted?.justification || "None written (a low or medium risk needs none)."],
      ]),
    ]),
  ];
}
