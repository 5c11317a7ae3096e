import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrgRiskTable } from "@/components/risks/org-risk-table";
import { ViewToggle } from "@/components/risks/view-toggle";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listOrganisationRisks } from "@/lib/dal/risks/portfolio";
import { getRiskLabels } from "@/lib/dal/risks/scale";
import { levelText } from "@/lib/risks/labels";
import { orgRisksHref, parseOrgRiskParams } from "@/lib/validations/risk-portfolio";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("RisksPage");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganisationRisksPage({ searchParams }: Props) {
  const query = parseOrgRiskParams(await searchParams);
  const actor = await requireActor();
  const [list, labels, t] = await Promise.all([
    listOrganisationRisks(actor, query),
    getRiskLabels(actor),
    getTranslations("RisksPage"),
  ]);
  const inherent = query.view === "inherent";
  const cellWords = [
    query.likelihood ? t("likelihood", { level: levelText(query.likelihood, labels.likelihoodLabels) }) : null,
    query.impact ? t("impact", { level: levelText(query.impact, labels.impactLabels) }) : null,
  ].filter(Boolean);
  const filtered = cellWords.length > 0;
  const title = filtered ? t("openAt", { cell: cellWords.join(", ") }) : t("allOpen");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          // Every risk, closed ones included (a route handler, so a plain link: no client-side navigation).
          <a
            href="/risks/export"
            download
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50"
          >
            {t("download")}
          </a>
        }
      />
      <Card>
        <CardHeader
          title={title}
          description={inherent ? t("byInherent") : t("byCurrent")}
          actions={
            <div className="flex flex-wrap items-center gap-3">
              {filtered && (
                <Link href={orgRisksHref({ view: query.view })} className="text-sm text-indigo-800 underline">
                  {t("showAll")}
                </Link>
              )}
              <ViewToggle
                currentHref={orgRisksHref({ ...query, view: "current", page: 1 })}
                inherentHref={orgRisksHref({ ...query, view: "inherent", page: 1 })}
                inherent={inherent}
              />
            </div>
          }
        />
        <OrgRiskTable list={list} query={query} labels={labels} caption={title} />
      </Card>
    </>
  );
}
