import { Download, Plus, Upload } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listSystemFilterOptions, listSystems } from "@/lib/dal/systems/system-list";
import { parseSystemListParams, systemListSearchParams } from "@/lib/validations/system-list";
import { SystemsView } from "./_components/systems-view";

export const metadata: Metadata = { title: "AI systems" };

const HEADER_LINK =
  "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

export default async function SystemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseSystemListParams(await searchParams);
  const actor = await requireActor();
  const [list, options, viewer] = await Promise.all([
    listSystems(actor, query),
    listSystemFilterOptions(actor),
    getViewer(actor),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  const exportJson = `/systems/export?${systemListSearchParams({ ...query, page: 1, cols: undefined }).toString()}&format=json`;
  return (
    <>
      <PageHeader
        title="AI systems"
        description="The inventory of every AI system your organisation builds, buys or uses."
        actions={
          <>
            <a href={exportJson} download className={HEADER_LINK}>
              <Download aria-hidden="true" className="h-4 w-4" />
              Export JSON
            </a>
            {canWrite && (
              <ButtonLink href="/systems/import" variant="secondary">
                <Upload aria-hidden="true" className="h-4 w-4" />
                Import CSV
              </ButtonLink>
            )}
            {canWrite && (
              <ButtonLink href="/systems/new">
                <Plus aria-hidden="true" className="h-4 w-4" />
                New AI system
              </ButtonLink>
            )}
          </>
        }
      />
      <SystemsView list={list} options={options} canWrite={canWrite} />
    </>
  );
}
