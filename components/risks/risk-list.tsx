import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RiskDTO } from "@/lib/dal/risks/risks";
import type { RiskLabels } from "@/lib/risks/labels";
import { riskBand, riskScore } from "@/lib/risks/score";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";
import { BAND_TONES } from "./bands";
import { useRiskChoices } from "./risk-choices";
import { useRiskWords } from "./risk-words";

type Props = {
  risks: RiskDTO[];
  ownerName: (userId: string | null) => string | null;
  editHref: (riskId: string) => string | null;
  labels: RiskLabels;
  /** The incident or breach a risk was opened from, with a link to it. */
  originOf?: (riskId: string) => { label: string; href: string } | undefined;
};

// The band and score, then the two levels in the organisation's own words (Settings → Risk scale).
export function Rating({ likelihood, impact, labels }: { likelihood: number; impact: number; labels: RiskLabels }) {
  const t = useTranslations("RiskRating");
  const words = useRiskWords();
  const band = riskBand(likelihood, impact);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <Badge tone={BAND_TONES[band]}>
        {words.band(band)} · {riskScore(likelihood, impact)}
      </Badge>
      <span className="text-xs text-slate-700">
        <span className="sr-only">{t("likelihood")} </span>
        {labels.likelihoodLabels[likelihood - 1]} × <span className="sr-only">{t("impact")} </span>
        {labels.impactLabels[impact - 1]}
      </span>
    </span>
  );
}

// One card per risk: cards read well on a phone and at 1280 alike (two columns of facts on wider screens).
export function RiskList({ risks, ownerName, editHref, labels, originOf }: Props) {
  const t = useTranslations("RiskRegisterList");
  const words = useRiskWords();
  const choices = useRiskChoices();
  const locale = useLocale() as Locale;
  return (
    <ul className="divide-y divide-slate-200">
      {risks.map((r) => {
        const owner = ownerName(r.ownerId);
        const edit = editHref(r.id);
        const hasResidual = r.residualLikelihood != null && r.residualImpact != null;
        const origin = originOf?.(r.id);
        const date = formatDateIn(locale, r.acceptedAt);
        return (
          <li key={r.id} id={`risk-${r.id}`} className="px-5 py-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-medium text-slate-900">{r.title}</h3>
              {edit && (
                <Link href={edit} className="text-sm font-medium text-indigo-800 underline underline-offset-2">
                  {t("edit")}
                  <span className="sr-only">{` ${r.title}`}</span>
                </Link>
              )}
            </div>
            {origin && (
              <p className="mt-1 text-sm text-slate-700">
                {t("openedFrom")}{" "}
                <Link href={origin.href} className="text-indigo-800 underline underline-offset-2">
                  {origin.label}
                </Link>
              </p>
            )}
            {r.description && <p className="mt-1 text-sm text-slate-700">{r.description}</p>}
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
              <Fact term={t("inherent")}>
                <Rating likelihood={r.likelihood} impact={r.impact} labels={labels} />
              </Fact>
              <Fact term={t("residual")}>
                {hasResidual ? (
                  <Rating likelihood={r.residualLikelihood!} impact={r.residualImpact!} labels={labels} />
                ) : (
                  <span className="text-slate-600">{t("notRated")}</span>
                )}
              </Fact>
              <Fact term={t("treatment")}>
                {r.treatment ? choices.treatment(r.treatment) : <span className="text-slate-600">{t("noneYet")}</span>}
                {" · "}
                {words.status(r.status)}
              </Fact>
              <Fact term={t("owner")}>{owner ?? <span className="text-slate-600">{t("unassigned")}</span>}</Fact>
              <Fact term={t("nextReview")}>
                {r.nextReviewDate ? (
                  formatDateIn(locale, new Date(r.nextReviewDate))
                ) : (
                  <span className="text-slate-600">—</span>
                )}
              </Fact>
              {r.affectedPersons && <Fact term={t("affectedPersons")}>{r.affectedPersons}</Fact>}
              {r.fundamentalRights.length > 0 && <Fact term={t("rights")}>{r.fundamentalRights.join(", ")}</Fact>}
              {r.mitigation && <Fact term={t("mitigation")}>{r.mitigation}</Fact>}
              {r.obligations.length > 0 && (
                <Fact term={t("through")}>
                  {r.obligations.map((o) => `${o.article} ${ruleText(locale, o.title)}`).join("; ")}
                </Fact>
              )}
            </dl>
            {r.treatment === "ACCEPT" && r.acceptedAt && (
              <p className="mt-3 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
                {r.acceptanceJustification
                  ? t("acceptedWhy", { name: r.acceptedByLabel, date, why: r.acceptanceJustification })
                  : t("accepted", { name: r.acceptedByLabel, date })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-slate-800">{children}</dd>
    </div>
  );
}
