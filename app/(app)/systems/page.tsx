import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/organizations";
import { listSystemFilterOptions, listSystems } from "@/lib/dal/system-list";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { SystemsView } from "./_components/systems-view";

export const metadata: Metadata = { title: "AI systems" };

export default async function SystemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseSystemListParams(await searchParams);
  const actor = await requireActor();
  const [list, options, viewer] = await Promise.all([listSystems(actor, query), listSystemFilterOptions(actor), getViewer(actor)]);
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title="AI systems"
        description="The inventory of every AI system your organisation builds, buys or uses."
        actions={canWrite && (
          <ButtonLink href="/systems/new">
            <Plus aria-hidden="true" className="h-4 w-4" />
            New AI system
          </ButtonLink>
        )}
      />
      <SystemsView list={list} options={options} canWrite={canWrite} />
    </>
  );
}
