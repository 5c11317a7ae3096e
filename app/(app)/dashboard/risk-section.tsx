import Link from "next/link";
import { HeatMap } from "@/components/risks/heat-map";
import { ViewToggle } from "@/components/risks/view-toggle";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PortfolioCell } from "@/lib/dal/risks/portfolio";
import type { RiskLabels } from "@/lib/risks/labels";
import { orgRisksHref, type RiskView } from "@/lib/validations/risk-portfolio";
import { useTranslations } from "next-intl";

type Params = Record<string, string | string[] | undefined>;

// The dashboard's own address with only the heat map's view changed, so its filters and trend range stay as they are.
function dashboardHref(params: Params, view: RiskView): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (key !== "risks") for (const v of [value].flat()) if (v !== undefined) qs.append(key, v);
  if (view === "inherent") qs.set("risks", "inherent");
  const s = qs.toString();
  return `/dashboard${s ? `?${s}` : ""}#risk-portfolio`;
}

// Every open risk of every system in one grid (Art 9); each cell leads to exactly those risks on /risks.
export function RiskPortfolioSection({
  cells,
  labels,
  view,
  params,
}: {
  cells: PortfolioCell[];
  labels: RiskLabels;
  view: RiskView;
  params: Params;
}) {
  const t = useTranslations("DashboardRisks");
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const inherent = view === "inherent";
  return (
    <Card id="risk-portfolio" data-card="risk-portfolio">
      <CardHeader
        title={t("title")}
        description={inherent ? t("descriptionInherent") : t("descriptionCurrent")}
        actions={
          <ViewToggle
            currentHref={dashboardHref(params, "current")}
            inherentHref={dashboardHref(params, "inherent")}
            inherent={inherent}
          />
        }
      />
      <CardBody>
        {total === 0 ? (
          <p className="text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <>
            <HeatMap
              points={cells}
              {...labels}
              selected={null}
              hrefFor={(likelihood, impact) => orgRisksHref({ view, likelihood, impact })}
              caption={inherent ? t("captionInherent") : t("captionCurrent")}
            />
            <p className="mt-3 text-sm">
              <Link href={orgRisksHref({ view })} className="font-medium text-indigo-800 underline underline-offset-2">
                {t("all", { count: total })}
              </Link>
            </p>
          </>
        )}
      </CardBody>
    </Card>
  );
}
