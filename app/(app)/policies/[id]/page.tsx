import type { Metadata } from "next";
import Link from "next/link";
import { PolicyCoverageView } from "@/components/policies/coverage";
import { PolicyControls } from "@/components/policies/policy-controls";
import { StepButton } from "@/components/policies/step-button";
import { VersionCard } from "@/components/policies/version-card";
import { VersionHistory } from "@/components/policies/version-history";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, ROLE_LABELS } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { policiesToRead, policyCoverages } from "@/lib/dal/policies/acknowledgements";
import { controlChoices, controlsOfPolicy } from "@/lib/dal/policies/control-links";
import { policyUses } from "@/lib/dal/policies/evidence-links";
import type { PolicyDTO } from "@/lib/dal/policies/policies";
import { loadPolicy } from "./load-policy";
import { countPhrase } from "@/lib/plural";
import { formatDate } from "@/lib/utils";
import { POLICY_KIND_LABELS } from "@/lib/validations/policies";
import {
  acknowledgePolicyAction,
  linkPolicyToControlAction,
  retirePolicyAction,
  startNewVersionAction,
  unlinkPolicyControlAction,
} from "../actions";
import { OpenVersionControls } from "./open-version";

export const metadata: Metadata = { title: "Policy" };

type Props = { params: Promise<{ id: string }> };

function audienceText(p: PolicyDTO): string {
  if (p.audienceAll) return "every member";
  const parts = [...p.audienceRoles.map((r) => ROLE_LABELS[r]), ...p.audienceUnits.map((u) => u.name)];
  return parts.join(", ");
}

export default async function PolicyPage({ params }: Props) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  const policy = await loadPolicy(actor, id);
  const [viewer, coverages, uses, toRead, controls] = await Promise.all([
    getViewer(actor),
    policyCoverages(actor, policy.id),
    policyUses(actor, policy.id),
    policiesToRead(actor),
    controlsOfPolicy(actor, policy.id),
  ]);
  const role = viewer.role;
  const canWrite = !!role && can(role, "policy.write");
  const canLink = !!role && can(role, "evidence.write");
  const published = policy.versions.find((v) => v.status === "PUBLISHED");
  const open = policy.versions.find((v) => ["DRAFT", "IN_APPROVAL", "APPROVED"].includes(v.status));
  const coverage = coverages.get(policy.id);
  const mine = toRead.find((r) => r.policyId === policy.id);
  return (
    <>
      <PageHeader
        title={policy.title}
        description={`${POLICY_KIND_LABELS[policy.kind]} · owner: ${policy.ownerName ?? "none"} · for ${audienceText(policy)}`}
        actions={
          canWrite && !open ? (
            <StepButton
              label={`Start version ${(policy.versions[0]?.number ?? 0) + 1}`}
              variant="secondary"
              action={startNewVersionAction}
              input={{ policyId: policy.id }}
              goTo={`/policies/${policy.id}/edit`}
            />
          ) : undefined
        }
      />
      <p className="-mt-4 mb-6 text-sm">
        <Link href="/policies" className="text-indigo-700 underline">
          All policies
        </Link>
      </p>
      <div className="space-y-6">
        {open && role && (
          <OpenVersionControls version={open} policyId={policy.id} role={role} viewerId={viewer.user.id} />
        )}
        {published ? (
          <VersionCard version={published} title={`Version ${published.number} (in force)`}>
            {mine && !mine.acknowledgedAt && (
              <StepButton
                label="I have read and understood this policy"
                action={acknowledgePolicyAction}
                input={{ versionId: published.id }}
                done="Thank you: your acknowledgement is recorded."
              />
            )}
            {mine?.acknowledgedAt && (
              <p className="text-sm text-emerald-800">
                You acknowledged version {mine.number} on {formatDate(mine.acknowledgedAt)}.
              </p>
            )}
            {!mine && <p className="text-sm text-slate-600">This policy is not addressed to you.</p>}
            <a href={`/policies/${policy.id}/pdf`} download className="self-center text-sm text-indigo-700 underline">
              Download as PDF (signed)
            </a>
          </VersionCard>
        ) : (
          !open && <p className="text-sm text-slate-600">This policy has been retired: no version is in force.</p>
        )}
        {coverage && (
          <Card>
            <CardHeader title="Acknowledgements" description="Current members of the audience only." />
            <PolicyCoverageView coverage={coverage} />
          </Card>
        )}
        <Card>
          <CardHeader
            title="Evidence for"
            description="Obligations this policy is linked to as evidence (from each obligation's evidence)."
          />
          {uses.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">Not linked to any obligation yet.</p>
          ) : (
            <ul className="space-y-2 px-5 py-4 text-sm">
              {uses.map((u) => (
                <li key={u.article + u.obligationTitle}>
                  <span className="font-medium">
                    {u.article} {u.obligationTitle}
                  </span>{" "}
                  on {countPhrase(u.systems.length, "system")}:{" "}
                  {u.systems.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 && ", "}
                      <Link
                        className="text-indigo-700 underline"
                        href={`/systems/${s.id}/obligations?open=${s.obligationId}`}
                      >
                        {s.name}
                      </Link>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader
            title="Standards controls"
            description="ISO/IEC 42001 and NIST AI RMF controls this policy is evidence for. Each control lists it beside its coverage, which counts the records the control maps to."
          />
          <PolicyControls
            policyId={policy.id}
            links={controls}
            choices={controlChoices()}
            link={canLink && published ? linkPolicyToControlAction : undefined}
            unlink={canLink ? unlinkPolicyControlAction : undefined}
          />
        </Card>
        <Card>
          <CardHeader title="Versions" />
          <VersionHistory policyId={policy.id} versions={policy.versions} />
        </Card>
        {published && role && can(role, "policy.approve") && !open && <RetireControl policyId={policy.id} />}
      </div>
    </>
  );
}

function RetireControl({ policyId }: { policyId: string }) {
  return (
    <StepButton
      label="Retire this policy"
      variant="ghost"
      action={retirePolicyAction}
      input={{ policyId }}
      confirm="Retire this policy? No one will be asked to read it any more; its versions stay on record."
    />
  );
}
