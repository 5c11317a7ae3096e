import type { Metadata } from "next";
import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ObligationsFilters } from "@/components/obligations/obligations-filters";
import { ObligationsTable } from "@/components/obligations/obligations-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { listObligationFilterOptions, listOrganisationObligations } from "@/lib/dal/obligations/obligation-list";
import { obligationsHref, parseObligationListParams } from "@/lib/validations/obligation-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ObligationsPage");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ObligationsPage({ searchParams }: Props) {
  const query = parseObligationListParams(await searchParams);
  const actor = await requireActor();
  const [list, members, options, t] = await Promise.all([
    listOrganisationObligations(actor, query),
    listMembers(actor),
    listObligationFilterOptions(actor, query.system),
    getTranslations("ObligationsPage"),
  ]);
  const mine = query.view === "mine";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<ExportLinks query={query} label={(format) => t("export", { format })} />}
      />
      <TabNav
        label={t("views")}
        className="mb-4"
        items={[
          { href: obligationsHref(), label: t("allWork"), active: !mine },
          { href: obligationsHref({ view: "mine" }), label: t("myWork"), active: mine },
        ]}
      />
      <Card>
        <ClientMessages namespaces={["ObligationFilters", "ObligationStatus"]}>
          <ObligationsFilters
            query={query}
            members={members.map((m) => ({ userId: m.userId, name: m.name }))}
            units={options.units}
            systemName={options.systemName}
          />
        </ClientMessages>
        <ObligationsTable list={list} query={query} />
      </Card>
    </>
  );
}

// "As on screen": the list's own URL parameters, so the file holds exactly the filtered rows (every page).
function ExportLinks({
  query,
  label,
}: {
  query: ReturnType<typeof parseObligationListParams>;
  label: (format: string) => string;
}) {
  const qs = obligationsHref({ ...query, page: 1 }).split("?")[1] ?? "";
  const href = (format: string) => `/obligations/export?${qs ? `${qs}&` : ""}format=${format}`;
  const linkClass =
    "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
  return (
    <>
      <a href={href("csv")} download className={linkClass}>
        <Download aria-hidden="true" className="h-4 w-4" />
        {label("CSV")}
      </a>
      <a href={href("json")} download className={linkClass}>
        <Download aria-hidden="true" className="h-4 w-4" />
        {label("JSON")}
      </a>
    </>
  );
}
