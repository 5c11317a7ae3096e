import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { CoverageTab } from "./_tabs/coverage-tab";
import { ItemsTab } from "./_tabs/items-tab";
import { PeopleTab } from "./_tabs/people-tab";

export const metadata: Metadata = { title: "AI literacy" };

type Params = { tab?: string; q?: string; page?: string; person?: string; item?: string };
type Props = { searchParams: Promise<Params> };
const DOWNLOAD = "text-sm font-medium text-indigo-700 underline";
const one = (v: unknown) => (typeof v === "string" ? v : undefined);
const TABS = [
  ["coverage", "Coverage"],
  ["people", "People"],
  ["items", "Learning items"],
] as const;

export default async function LiteracyPage({ searchParams }: Props) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const asked = one(params.tab);
  const tab = TABS.some(([key]) => key === asked) ? asked : "coverage";
  const viewer = await getViewer(actor);
  const canEdit = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title="AI literacy"
        description="Article 4: everyone who operates or oversees an AI system needs sufficient AI literacy. Keep who is trained on what, until when, and see where training is missing."
        actions={
          viewer.role &&
          can(viewer.role, "report.read") && (
            <>
              <a href="/literacy/register?format=csv" download className={DOWNLOAD}>
                Register for auditors (CSV)
              </a>
              <a href="/literacy/register?format=pdf" download className={DOWNLOAD}>
                Register for auditors (PDF)
              </a>
            </>
          )
        }
      />
      <TabNav
        label="AI literacy"
        className="mb-6"
        items={TABS.map(([key, label]) => ({
          href: key === "coverage" ? "/literacy" : `/literacy?tab=${key}`,
          label,
          active: key === tab,
        }))}
      />
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
    </>
  );
}
