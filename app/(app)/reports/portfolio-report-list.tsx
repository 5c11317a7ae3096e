import { Download } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Sha256 } from "@/components/dossier/sha256";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { PortfolioReportDTO } from "@/lib/dal/dashboard/portfolio-report";
import { formatDateIn, formatDateTimeIn } from "@/lib/i18n/format";

// Previous portfolio reports, newest first, each downloadable exactly as sealed.
export async function PortfolioReportList({ reports }: { reports: PortfolioReportDTO[] }) {
  const [t, locale] = await Promise.all([getTranslations("Reports"), getLocale()]);
  if (reports.length === 0) return <p className="text-sm text-slate-600">{t("noPortfolio")}</p>;
  return (
    <ol className="divide-y divide-slate-200" aria-label={t("portfolioList")}>
      {reports.map((r, i) => (
        <li key={r.id} className="space-y-2 py-4 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                {t("portfolioVersion", { version: r.version, date: formatDateIn(locale, r.asOf) })}{" "}
                {i === 0 && <Badge tone="blue">{t("latest")}</Badge>}
              </h3>
              <p className="text-sm text-slate-600">
                {t("exportedBy", {
                  date: formatDateTimeIn(locale, r.createdAt),
                  name: r.createdByName ?? t("formerMember"),
                })}
              </p>
            </div>
            <ButtonLink
              href={`/reports/portfolio/${r.id}`}
              variant="secondary"
              prefetch={false}
              // The visible word ("Download") is part of the name a screen reader gives, so speech input finds it (WCAG 2.5.3).
              aria-label={t("downloadLabel", { version: r.version })}
            >
              <Download aria-hidden className="size-4" /> {t("downloadPdf")}
            </ButtonLink>
          </div>
          <dl>
            <Sha256 label={t("pdfSha")} value={r.pdfSha256} />
          </dl>
        </li>
      ))}
    </ol>
  );
}
