import { Download, Plus, Upload } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listSystemFilterOptions, listSystems } from "@/lib/dal/systems/system-list";
import { parseSystemListParams, systemListSearchParams } from "@/lib/validations/system-list";
import { roleLabelsIn } from "./_components/role-labels";
import { SystemsView } from "./_components/systems-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inventory");
  return { title: t("title") };
}

const HEADER_LINK =
  "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

export default async function SystemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseSystemListParams(await searchParams);
  const actor = await requireActor();
  const [list, options, viewer, t, locale] = await Promise.all([
    listSystems(actor, query),
    listSystemFilterOptions(actor),
    getViewer(actor),
    getTranslations("Inventory"),
    getLocale(),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  const exportJson = `/systems/export?${systemListSearchParams({ ...query, page: 1, cols: undefined }).toString()}&format=json`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <a href={exportJson} download className={HEADER_LINK}>
              <Download aria-hidden="true" className="h-4 w-4" />
              {t("exportJson")}
            </a>
            {canWrite && (
              <ButtonLink href="/systems/import" variant="secondary">
                <Upload aria-hidden="true" className="h-4 w-4" />
                {t("importCsv")}
              </ButtonLink>
            )}
            {canWrite && (
              <ButtonLink href="/systems/new">
                <Plus aria-hidden="true" className="h-4 w-4" />
                {t("newSystem")}
              </ButtonLink>
            )}
          </>
        }
      />
      <ClientMessages namespaces={["Inventory", "SystemBadges"]}>
        <SystemsView list={list} options={options} canWrite={canWrite} roleLabels={roleLabelsIn(locale)} />
      </ClientMessages>
    </>
  );
}
