import type { Metadata } from "next";
import Link from "next/link";
import { ObligationsFilters } from "@/components/obligations/obligations-filters";
import { ObligationsTable } from "@/components/obligations/obligations-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/members";
import { listObligationFilterOptions, listOrganisationObligations } from "@/lib/dal/obligation-list";
import { cn } from "@/lib/utils";
import { obligationsHref, parseObligationListParams } from "@/lib/validations/obligation-list";

export const metadata: Metadata = { title: "Obligations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ObligationsPage({ searchParams }: Props) {
  const query = parseObligationListParams(await searchParams);
  const actor = await requireActor();
  const [list, members, options] = await Promise.all([
    listOrganisationObligations(actor, query), listMembers(actor), listObligationFilterOptions(actor, query.system),
  ]);
  const mine = query.view === "mine";
  return (
    <>
      <PageHeader title="Obligations" description="What the AI Act asks of your organisation, across every AI system: owners, due dates and status. Obligations that no longer apply are not listed here." />
      <nav aria-label="Obligation views" className="mb-4 flex gap-1 border-b border-slate-200">
        <ViewTab href={obligationsHref()} active={!mine}>All work</ViewTab>
        <ViewTab href={obligationsHref({ view: "mine" })} active={mine}>My work</ViewTab>
      </nav>
      <Card>
        <ObligationsFilters query={query} members={members.map((m) => ({ userId: m.userId, name: m.name }))} units={options.units} systemName={options.systemName} />
        <ObligationsTable list={list} query={query} />
      </Card>
    </>
  );
}

function ViewTab({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link href={href} aria-current={active ? "page" : undefined}
      className={cn("-mb-px border-b-2 px-3 py-2.5 text-sm font-medium", active ? "border-indigo-700 text-indigo-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900")}>
      {children}
    </Link>
  );
}
