import { useTranslations } from "next-intl";
import { AttentionPanel, type AttentionItem } from "@/components/dashboard/attention-panel";
import { Card, CardHeader } from "@/components/ui/card";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "@/lib/dashboard/articles";
import { OPEN_STATUSES, obligationsHref, systemsHref } from "@/lib/dashboard/links";
import type { DashboardFilters } from "@/lib/validations/dashboard";

type Translate = ReturnType<typeof useTranslations<"DashboardAttention">>;

function items(a: DashboardDTO["attention"], f: DashboardFilters, t: Translate): AttentionItem[] {
  const openDuties = a.registrationMissing.openDuties;
  const registrationNote =
    openDuties !== a.registrationMissing.total ? t("registrationNote", { openDuties }) : undefined;
  return [
    {
      key: "prohibited",
      title: t("prohibitedTitle"),
      count: a.prohibitedInUse.total,
      countLabel: t("prohibitedCount"),
      explanation: t("prohibitedExplanation"),
      href: systemsHref(f, { tier: ["PROHIBITED"], lifecycle: ["PILOT", "IN_PRODUCTION"] }),
      systems: a.prohibitedInUse,
    },
    {
      key: "review",
      title: t("reviewTitle"),
      count: a.awaitingReview.total,
      countLabel: t("reviewCount"),
      explanation: t("reviewExplanation"),
      href: systemsHref(f, { disposition: "REQUIRES_REVIEW" }),
      systems: a.awaitingReview,
    },
    {
      key: "undetermined",
      title: t("undeterminedTitle"),
      count: a.undetermined.total,
      countLabel: t("undeterminedCount"),
      explanation: t("undeterminedExplanation"),
      href: systemsHref(f, { disposition: "UNDETERMINED" }),
      systems: a.undetermined,
    },
    {
      key: "fria",
      title: t("friaTitle"),
      count: a.friaMissing.total,
      countLabel: t("friaCount"),
      explanation: t("friaExplanation"),
      href: obligationsHref(f, { status: OPEN_STATUSES, tier: ["HIGH"], article: FRIA_ARTICLE }),
      systems: a.friaMissing,
    },
    {
      key: "registration",
      title: t("registrationTitle"),
      count: a.registrationMissing.total,
      countLabel: t("registrationCount", { openDuties }),
      explanation: t("registrationExplanation"),
      href: obligationsHref(f, { status: OPEN_STATUSES, tier: ["HIGH"], article: REGISTRATION_ARTICLE }),
      systems: a.registrationMissing,
      note: registrationNote,
    },
    {
      key: "overdue",
      title: t("overdueTitle"),
      count: a.overdueObligations,
      countLabel: t("overdueCount"),
      explanation: t("overdueExplanation"),
      href: obligationsHref(f, { status: OPEN_STATUSES, due: "overdue" }),
    },
  ];
}

export function AttentionSection({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardAttention");
  return (
    <Card data-card="attention">
      <CardHeader title={t("title")} description={t("description")} />
      <AttentionPanel items={items(data.attention, filters, t)} />
    </Card>
  );
}
