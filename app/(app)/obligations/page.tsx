import type { Metadata } from "next";
import { Download } from "lucide-react";
import { ObligationsFilters } from "@/components/obligations/obligations-filters";
import { ObligationsTable } from "@/components/obligations/obligations-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { listObligationFilterOptions, listOrganisationObligations } from "@/lib/dal/obligations/obligation-list";
import { obligationsHref, parseObligationListParams } from "@/lib/validations/obligation-list";

export const metadata: Metadata = { title: "Obligations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ObligationsPage({ searchParams }: Props) {
  const query = parseObligationListParams(await searchParams);
  const actor = await requireActor();
  const [list, members, options] = await Promise.all([
    listOrganisationObligations(actor, query),
    listMembers(actor),
    listObligationFilterOptions(actor, query.system),
  ]);
  const mine = query.view === "mine";
  return (
    <>
      <PageHeader
        title="Obligations"
        description="What the AI Act asks of your organisation, across every AI system: owners, due dates and status. Obligations that no longer apply are not listed here."
        actions={<ExportLinks query={query} />}
      />
      <TabNav
        label="Obligation views"
        className="mb-4"
        items={[
          { href: obligationsHref(), label: "All work", active: !mine },
          { href: obligationsHref({ view: "mine" }), label: "My work", active: mine },
        ]}
      />
      <Card>
        <ObligationsFilters
          query={query}
          members={members.map((m) => ({ userId: m.userId, name: m.name }))}
          units={options.units}
          systemName={options.systemName}
        />
        <ObligationsTable list={list} query={query} />
      </Card>
    </>
  );
}

// "As on screen": the list's own URL parameters, so the file holds exactly the filtered rows (every page).
function ExportLinks({ query }: { query: ReturnType<typeof parseObligationListParams> }) {
  const qs = obligationsHref({ ...query, page: 1 }).split("?")[1] ?? "";
  const href = (format: string) => `/obligations/export?${qs ? `${qs}&` : ""}format=${format}`;
  const linkClass =
    "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
  return (
    <>
      <a href={href("csv")} download className={linkClass}>
        <Download aria-hidden="true" className="h-4 w-4" />
        Export CSV
      </a>
      <a href={href("json")} download className={linkClass}>
        <Download aria-hidden="true" className="h-4 w-4" />
        Export JSON
      </a>
    </>
  );
}
