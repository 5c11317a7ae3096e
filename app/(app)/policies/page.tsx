import type { Metadata } from "next";
import { PolicyList } from "@/components/policies/policy-list";
import { StepButton } from "@/components/policies/step-button";
import { PoliciesToRead } from "@/components/policies/to-read";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TabNav } from "@/components/ui/tab-nav";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { policiesToRead } from "@/lib/dal/policies/acknowledgements";
import { policyCoverageCounts } from "@/lib/dal/policies/coverage-counts";
import { listPolicies } from "@/lib/dal/policies/list";
import { POLICY_TEMPLATES } from "@/lib/policies/templates";
import { startPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Policies" };

type Props = { searchParams: Promise<{ tab?: string }> };

export default async function PoliciesPage({ searchParams }: Props) {
  const [actor, { tab }] = await Promise.all([requireActor(), searchParams]);
  const [viewer, toRead] = await Promise.all([getViewer(actor), policiesToRead(actor)]);
  const reading = tab === "to-read";
  const canWrite = !!viewer.role && can(viewer.role, "policy.write");
  const open = toRead.filter((r) => !r.acknowledgedAt).length;
  return (
    <>
      <PageHeader
        title="Policies"
        description="Your organisation's AI policies: drafted by compliance, approved by legal or an administrator, published to the people they apply to, who confirm they have read them."
      />
      <TabNav
        label="Policies"
        className="mb-6"
        items={[
          { href: "/policies", label: "All policies", active: !reading },
          { href: "/policies?tab=to-read", label: open ? `To read (${open})` : "To read", active: reading },
        ]}
      />
      {reading ? (
        <Card>
          <CardHeader
            title="Policies to read"
            description="Published policies that apply to you. Open one to read it and confirm that you have."
          />
          <PoliciesToRead rows={toRead} />
        </Card>
      ) : (
        <AllPolicies actor={actor} canWrite={canWrite} />
      )}
    </>
  );
}

async function AllPolicies({
  actor,
  canWrite,
}: {
  actor: Awaited<ReturnType<typeof requireActor>>;
  canWrite: boolean;
}) {
  const [policies, coverages] = await Promise.all([listPolicies(actor), policyCoverageCounts(actor)]);
  const rows = policies.map((p) => ({ ...p, coverage: coverages.get(p.id) ?? null }));
  return (
    <div className="space-y-6">
      {canWrite && (
        <Card>
          <CardHeader
            title="Start a policy"
            description="Each template is a short starting text of ours to adapt. It opens as a draft: nobody is asked to read it until it is approved and published."
          />
          <ul className="grid gap-3 px-5 py-4 sm:grid-cols-2 xl:grid-cols-3">
            {POLICY_TEMPLATES.map((t) => (
              <li key={t.key} className="flex flex-col justify-between gap-2 rounded-md border border-slate-200 p-3">
                <div>
                  <p className="text-sm font-semibold text-slate-900">{t.title}</p>
                  <p className="text-sm text-slate-600">{t.summary}</p>
                </div>
                <StepButton
                  label="Use this template"
                  srSuffix={t.title}
                  variant="secondary"
                  action={startPolicyAction}
                  input={{ template: t.key }}
                  goTo="/policies/:id/edit"
                />
              </li>
            ))}
            <li className="flex flex-col justify-between gap-2 rounded-md border border-dashed border-slate-300 p-3">
              <div>
                <p className="text-sm font-semibold text-slate-900">Blank policy</p>
                <p className="text-sm text-slate-600">Write your own from scratch.</p>
              </div>
              <StepButton
                label="Start a blank policy"
                variant="secondary"
                action={startPolicyAction}
                input={{ template: "blank" }}
                goTo="/policies/:id/edit"
              />
            </li>
          </ul>
        </Card>
      )}
      <Card>
        <CardHeader title={`Policies (${rows.length})`} />
        <PolicyList rows={rows} />
      </Card>
    </div>
  );
}
