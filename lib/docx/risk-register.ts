import type { FileChild } from "docx";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { label } from "@/lib/pdf/labels";
import { inherentRating, overdueReviews, residualRating, type Rating } from "@/lib/pdf/risk-register";
import type { DossierRisk, DossierRiskRegister } from "@/lib/pdf/snapshot";
import { openedFromIn } from "@/lib/risks/origin";
import { bandOfScore, currentRating, riskScore, type RiskBand } from "@/lib/risks/score";
import { docxBlocks, heading2, muted } from "./blocks";

const risksText = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocxRisks" });
type RisksText = ReturnType<typeof risksText>;

// The register stores codes; each is worded in the document's language here (unknown codes print as they are).
const words = (t: RisksText) => ({
  band: { LOW: t("bandLow"), MEDIUM: t("bandMedium"), HIGH: t("bandHigh"), CRITICAL: t("bandCritical") },
  source: {
    INTAKE: t("sourceIntake"),
    FRIA: t("sourceFria"),
    INCIDENT: t("sourceIncident"),
    MONITORING: t("sourceMonitoring"),
    MANUAL: t("sourceManual"),
  },
  treatment: {
    MITIGATE: t("treatmentMitigate"),
    ACCEPT: t("treatmentAccept"),
    AVOID: t("treatmentAvoid"),
    TRANSFER: t("treatmentTransfer"),
  },
  status: { OPEN: t("statusOpen"), TREATED: t("statusTreated"), CLOSED: t("statusClosed") },
});

/** Counts per band of the current rating, most severe first, leaving out empty bands: "1 critical, 2 medium". */
function bandCounts(t: RisksText, risks: DossierRisk[]): string {
  const counts = new Map<RiskBand, number>();
  for (const r of risks) {
    const c = currentRating(r);
    const band = bandOfScore(riskScore(c.likelihood, c.impact));
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  const phrase = {
    CRITICAL: (count: number) => t("bandsCritical", { count }),
    HIGH: (count: number) => t("bandsHigh", { count }),
    MEDIUM: (count: number) => t("bandsMedium", { count }),
    LOW: (count: number) => t("bandsLow", { count }),
  };
  return (["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const)
    .filter((b) => counts.has(b))
    .map((b) => phrase[b](counts.get(b)!))
    .join(", ");
}

// Annex IV section 5 in the Word file carries the Art 9 register itself (the Word file stands alone, unlike the PDF
// dossier where the register has its own section): the same rows, counts and acceptances as the dossier prints.
export function riskRegisterBlocks(register: DossierRiskRegister | null, locale: Locale = DEFAULT_LOCALE): FileChild[] {
  if (!register) return [];
  const t = risksText(locale);
  const b = docxBlocks(locale);
  const w = words(t);
  const rating = (r: Rating | null) => (r ? t("rating", { score: r.score, band: w.band[r.band] }) : t("notRated"));
  const { risks, asOf } = register;
  if (risks.length === 0) return [heading2(t("heading")), muted(t("none"))];
  const late = new Set(overdueReviews(risks, asOf));
  const accepted = risks.filter((r) => r.accepted);
  const counts = { date: b.date(asOf), count: risks.length, bands: bandCounts(t, risks) };
  return [
    heading2(t("heading")),
    muted(late.size ? t("summaryLate", { ...counts, late: late.size }) : t("summary", counts)),
    b.table(
      [t("risk"), t("source"), t("inherent"), t("residual"), t("treatment"), t("owner"), t("nextReview"), t("status")],
      risks.map((r) => [
        r.title,
        [label(w.source, r.source), openedFromIn(locale, r)].filter(Boolean).join(": "),
        rating(inherentRating(r)),
        rating(residualRating(r)),
        [
          label(w.treatment, r.treatment, t("notDecided")),
          r.mitigation,
          r.obligations.length ? t("through", { list: r.obligations.join(", ") }) : "",
        ]
          .filter(Boolean)
          .join("\n"),
        r.owner ?? t("unassigned"),
        r.nextReviewDate
          ? late.has(r)
            ? t("pastDue", { date: b.date(r.nextReviewDate) })
            : b.date(r.nextReviewDate)
          : "—",
        label(w.status, r.status),
      ]),
      [0.17, 0.1, 0.09, 0.09, 0.23, 0.11, 0.11, 0.1],
    ),
    ...accepted.flatMap((r) => [
      heading2(t("accepted", { title: r.title })),
      b.keyValueTable([
        [t("residualRating"), rating(residualRating(r) ?? inherentRating(r))],
        [
          t("acceptedBy"),
          t("acceptedByOn", { name: r.accepted?.by || t("formerMember"), date: b.date(r.accepted?.at ?? "") }),
        ],
        [t("justification"), r.accepted?.justification || t("noJustification")],
      ]),
    ]),
  ];
}
