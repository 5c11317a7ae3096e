import { FurthestBehind } from "@/components/dashboard/furthest-behind";
import { ReadinessChart } from "@/components/dashboard/readiness-chart";
import { ReadinessTable } from "@/components/dashboard/readiness-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { readinessByTierRows, readinessByUnitRows, type RatioRow } from "@/lib/dashboard/view-model";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";
import { useTranslations } from "next-intl";

function Readiness({ id, title, heading, rows }: { id: string; title: string; heading: string; rows: RatioRow[] }) {
  const t = useTranslations("DashboardReadiness");
  return (
    <ChartCard
      id={id}
      title={title}
      description={t("description")}
      chart={
        rows.length ? (
          <ReadinessChart rows={rows} title={title} />
        ) : (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        )
      }
      table={<ReadinessTable rows={rows} caption={title} heading={heading} />}
    />
  );
}

export function ReadinessByTier({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardReadiness");
  return (
    <Readiness
      id="readiness-tier"
      title={t("tierTitle")}
      heading={t("tierHeading")}
      rows={readinessByTierRows(data.readiness.byTier, filters)}
    />
  );
}

export function ReadinessByUnit({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardReadiness");
  return (
    <Readiness
      id="readiness-unit"
      title={t("unitTitle")}
      heading={t("unitHeading")}
      rows={readinessByUnitRows(data.readiness.byUnit, filters)}
    />
  );
}

export function FurthestBehindCard({ data }: { data: DashboardDTO }) {
  const t = useTranslations("DashboardReadiness");
  return (
    <Card data-card="furthest-behind">
      <CardHeader title={t("behindTitle")} description={t("behindDescription")} />
      <CardBody>
        <FurthestBehind systems={data.furthestBehind} />
      </CardBody>
    </Card>
  );
}
