import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RiskScaleForm } from "@/components/settings/risk-scale-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getRiskLabels } from "@/lib/dal/risks/scale";
import { DEFAULT_RISK_LABELS } from "@/lib/risks/labels";
import { updateRiskScaleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("RiskScale");
  return { title: t("title") };
}

export default async function RiskScalePage() {
  const actor = await requireActor();
  const [viewer, labels, t] = await Promise.all([getViewer(actor), getRiskLabels(actor), getTranslations("RiskScale")]);
  const canEdit = !!viewer.role && can(viewer.role, "organization.manage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("cardTitle")} description={t("cardDescription")} />
        <CardBody>
          {canEdit ? (
            <ClientMessages namespaces={["RiskScale"]}>
              <RiskScaleForm labels={labels} defaults={DEFAULT_RISK_LABELS} save={updateRiskScaleAction} />
            </ClientMessages>
          ) : (
            <div className="space-y-4">
              <Alert>{t("onlyAdmins")}</Alert>
              <ScaleTable labels={labels} />
            </div>
          )}
        </CardBody>
      </Card>
    </>
  );
}

async function ScaleTable({
  labels,
}: {
  labels: { likelihoodLabels: readonly string[]; impactLabels: readonly string[] };
}) {
  const t = await getTranslations("RiskScale");
  return (
    <table className="w-full max-w-xl text-left text-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-xs text-slate-600">
          <th scope="col" className="py-2 pr-4 font-medium">
            {t("step")}
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            {t("likelihood")}
          </th>
          <th scope="col" className="py-2 font-medium">
            {t("impact")}
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.likelihoodLabels.map((likelihood, i) => (
          <tr key={i} className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-4 font-medium text-slate-700">
              {i + 1}
            </th>
            <td className="py-2 pr-4 text-slate-800">{likelihood}</td>
            <td className="py-2 text-slate-800">{labels.impactLabels[i]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
