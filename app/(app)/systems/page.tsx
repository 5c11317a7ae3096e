import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listSystems } from "@/lib/dal/system-list";
import { SystemsTable } from "./_components/systems-table";
import { parseSystemListParams } from "@/lib/validations/system-list";

export const metadata: Metadata = { title: "AI systems" };

export default async function SystemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseSystemListParams(await searchParams);
  const { rows, total } = await listSystems(await requireActor(), query);
  return (
    <>
      <PageHeader
        title="AI systems"
        description="The inventory of every AI system your organisation builds, buys or uses."
      />
      <SystemsTable rows={rows} total={total} query={query} />
    </>
  );
}
