import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { CoverageTab } from "./_tabs/coverage-tab";
import { ItemsTab } from "./_tabs/items-tab";
import { PeopleTab } from "./_tabs/people-tab";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Literacy"))("title") };
}

type Params = { tab?: string; q?: string; page?: string; person?: string; item?: string };
type Props = { searchParams: Promise<Params> };
const DOWNLOAD = "text-sm font-medium text-indigo-700 underline";
const one = (v: unknown) => (typeof v === "string" ? v : undefined);
const TABS = [
  ["coverage", "tabCoverage"],
  ["people", "tabPeople"],
  ["items", "tabItems"],
] as const;

export default async function LiteracyPage({ searchParams }: Props) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const asked = one(params.tab);
  const tab = TABS.some(([key]) => key === asked) ? asked : "coverage";
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("Literacy")]);
  const canEdit = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          viewer.role &&
          can(viewer.role, "report.read") && (
            <>
              <a href="/literacy/register?format=csv" download className={DOWNLOAD}>
                {t("registerCsv")}
              </a>
              <a href="/literacy/register?format=pdf" download className={DOWNLOAD}>
                {t("registerPdf")}
              </a>
            </>
          )
        }
      />
      <TabNav
        label={t("title")}
        className="mb-6"
        items={TABS.map(([key, label]) => ({
          href: key === "coverage" ? "/literacy" : `/literacy?tab=${key}`,
          label: t(label),
          active: key === tab,
        }))}
      />
      {/* Every tab's forms and remove buttons are client components worded by LiteracyForms. */}
      <ClientMessages namespaces={["LiteracyForms"]}>
        {tab === "coverage" && <CoverageTab canEdit={canEdit} actor={actor} />}
        {tab === "people" && (
          <PeopleTab
            canEdit={canEdit}
            actor={actor}
            q={one(params.q) ?? ""}
            page={Number(one(params.page) ?? 1)}
            personId={one(params.person)}
          />
        )}
        {tab === "items" && <ItemsTab canEdit={canEdit} actor={actor} itemId={one(params.item)} />}
      </ClientMessages>
    </>
  );
}
