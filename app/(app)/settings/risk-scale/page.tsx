import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Risk scale" };

export default async function RiskScalePage() {
  const actor = await requireActor();
  const [viewer, labels] = await Promise.all([getViewer(actor), getRiskLabels(actor)]);
  const canEdit = !!viewer.role && can(viewer.role, "organization.manage");
  return (
    <>
      <PageHeader
        title="Risk scale"
        description="The words your organisation uses for the five steps of likelihood and impact in the Art 9 risk register. Every heat map, risk form and risk list shows them beside the numbers 1 to 5; a risk's score stays likelihood × impact."
      />
      <Card>
        <CardHeader
          title="Likelihood and impact"
          description="Step 1 is the lowest, step 5 the highest. Changing a word renames the step for every risk already recorded; no rating changes."
        />
        <CardBody>
          {canEdit ? (
            <RiskScaleForm labels={labels} defaults={DEFAULT_RISK_LABELS} save={updateRiskScaleAction} />
          ) : (
            <div className="space-y-4">
              <Alert>Only administrators can change these words.</Alert>
              <ScaleTable labels={labels} />
            </div>
          )}
        </CardBody>
      </Card>
    </>
  );
}

function ScaleTable({ labels }: { labels: { likelihoodLabels: readonly string[]; impactLabels: readonly string[] } }) {
  return (
    <table className="w-full max-w-xl text-left text-sm">
      <caption className="sr-only">The organisation&apos;s risk scale</caption>
      <thead>
        <tr className="border-b border-slate-200 text-xs text-slate-600">
          <th scope="col" className="py-2 pr-4 font-medium">
            Step
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            Likelihood
          </th>
          <th scope="col" className="py-2 font-medium">
            Impact
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
