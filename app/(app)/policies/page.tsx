import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import type { PolicyTemplateKey } from "@/lib/validations/policies";
import { startPolicyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Policies"))("title") };
}

// The template catalogue is English data (lib/policies/templates.ts); its names and summaries shown here are translated.
const TEMPLATE_KEYS = {
  "acceptable-use": { title: "templateAcceptableUse", summary: "templateAcceptableUseSummary" },
  "risk-management": { title: "templateRiskManagement", summary: "templateRiskManagementSummary" },
  "data-governance": { title: "templateDataGovernance", summary: "templateDataGovernanceSummary" },
  "human-oversight": { title: "templateHumanOversight", summary: "templateHumanOversightSummary" },
} as const satisfies Record<PolicyTemplateKey, { title: string; summary: string }>;

type Props = { searchParams: Promise<{ tab?: string }> };

export default async function PoliciesPage({ searchParams }: Props) {
  const [actor, { tab }] = await Promise.all([requireActor(), searchParams]);
  const [viewer, toRead, t] = await Promise.all([getViewer(actor), policiesToRead(actor), getTranslations("Policies")]);
  const reading = tab === "to-read";
  const canWrite = !!viewer.role && can(viewer.role, "policy.write");
  const open = toRead.filter((r) => !r.acknowledgedAt).length;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <TabNav
        label={t("title")}
        className="mb-6"
        items={[
          { href: "/policies", label: t("allPolicies"), active: !reading },
          { href: "/policies?tab=to-read", label: t("toReadTab", { open }), active: reading },
        ]}
      />
      {reading ? (
        <Card>
          <CardHeader title={t("toReadTitle")} description={t("toReadDescription")} />
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
  const [policies, coverages, t] = await Promise.all([
    listPolicies(actor),
    policyCoverageCounts(actor),
    getTranslations("Policies"),
  ]);
  const rows = policies.map((p) => ({ ...p, coverage: coverages.get(p.id) ?? null }));
  return (
    <div className="space-y-6">
      {canWrite && (
        <Card>
          <CardHeader title={t("startTitle")} description={t("startDescription")} />
          <ul className="grid gap-3 px-5 py-4 sm:grid-cols-2 xl:grid-cols-3">
            {POLICY_TEMPLATES.map((template) => (
              <li
                key={template.key}
                className="flex flex-col justify-between gap-2 rounded-md border border-slate-200 p-3"
              >
                <div>
                  <p className="text-sm font-semibold text-slate-900">{t(TEMPLATE_KEYS[template.key].title)}</p>
                  <p className="text-sm text-slate-600">{t(TEMPLATE_KEYS[template.key].summary)}</p>
                </div>
                <StepButton
                  label={t("useTemplate")}
                  srSuffix={t(TEMPLATE_KEYS[template.key].title)}
                  variant="secondary"
                  action={startPolicyAction}
                  input={{ template: template.key }}
                  goTo="/policies/:id/edit"
                />
              </li>
            ))}
            <li className="flex flex-col justify-between gap-2 rounded-md border border-dashed border-slate-300 p-3">
              <div>
                <p className="text-sm font-semibold text-slate-900">{t("blankTitle")}</p>
                <p className="text-sm text-slate-600">{t("blankSummary")}</p>
              </div>
              <StepButton
                label={t("startBlank")}
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
        <CardHeader title={t("listTitle", { count: rows.length })} />
        <PolicyList rows={rows} />
      </Card>
    </div>
  );
}
