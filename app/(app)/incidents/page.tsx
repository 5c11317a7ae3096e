import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IncidentFilters } from "@/components/incidents/incident-filters";
import { IncidentTable } from "@/components/incidents/incident-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listIncidents } from "@/lib/dal/incidents/incidents";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { ZIncidentListQuery } from "@/lib/validations/incidents";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("IncidentsPage");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function IncidentsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = ZIncidentListQuery.safeParse({
    status: first(raw.status),
    systemId: first(raw.systemId),
    clock: first(raw.clock),
    page: first(raw.page),
  });
  const query = parsed.success ? parsed.data : ZIncidentListQuery.parse({});
  const actor = await requireActor();
  const [list, viewer, t] = await Promise.all([
    listIncidents(actor, query),
    getViewer(actor),
    getTranslations("IncidentsPage"),
  ]);
  const canManage = !!viewer.role && can(viewer.role, "incident.manage");
  const systemName = query.systemId ? (list.items[0]?.systemName ?? t("thisSystem")) : null;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (page: number) => ({ pathname: "/incidents", query: { ...raw, page: String(page) } });
  const now = new Date();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canManage ? <ButtonLink href="/incidents/new">{t("record")}</ButtonLink> : undefined}
      />
      <Card>
        <CardHeader title={t("count", { count: list.total })} description={t("newestFirst")} />
        <CardBody className="border-b border-slate-200 bg-slate-50/60">
          <IncidentFilters query={query} systemName={systemName} />
        </CardBody>
        {list.items.length ? (
          <IncidentTable incidents={list.items} now={now} />
        ) : (
          <CardBody className="py-10 text-center text-sm text-slate-600">
            {list.total === 0 && !query.status && !query.clock && !query.systemId ? t("emptyNone") : t("emptyFiltered")}
          </CardBody>
        )}
        {pages > 1 && (
          <nav
            aria-label={t("pages")}
            className="flex items-center justify-between border-t border-slate-200 px-5 py-3 text-sm"
          >
            <span className="text-slate-700">{t("pageOf", { page: list.page, pages })}</span>
            <span className="flex gap-4">
              {list.page > 1 && (
                <Link href={pageHref(list.page - 1)} className="font-medium text-indigo-800 underline">
                  {t("previous")}
                </Link>
              )}
              {list.page < pages && (
                <Link href={pageHref(list.page + 1)} className="font-medium text-indigo-800 underline">
                  {t("next")}
                </Link>
              )}
            </span>
          </nav>
        )}
      </Card>
    </>
  );
}
