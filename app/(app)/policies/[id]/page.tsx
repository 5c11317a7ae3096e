import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PolicyCoverageView } from "@/components/policies/coverage";
import { PolicyControls } from "@/components/policies/policy-controls";
import { getPolicyLabels, type PolicyLabels } from "@/components/policies/policy-labels";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StepButton } from "@/components/policies/step-button";
import { VersionCard } from "@/components/policies/version-card";
import { VersionHistory } from "@/components/policies/version-history";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { policiesToRead, policyCoverages } from "@/lib/dal/policies/acknowledgements";
import { controlChoices, controlsOfPolicy } from "@/lib/dal/policies/control-links";
import { policyUses } from "@/lib/dal/policies/evidence-links";
import type { PolicyDTO } from "@/lib/dal/policies/policies";
import { loadPolicy } from "./load-policy";
import { formatDateIn } from "@/lib/i18n/format";
import {
  acknowledgePolicyAction,
  linkPolicyToControlAction,
  retirePolicyAction,
  startNewVersionAction,
  unlinkPolicyControlAction,
} from "../actions";
import { OpenVersionControls } from "./open-version";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("PolicyPage"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

function audienceText(p: PolicyDTO, labels: PolicyLabels, everyMember: string): string {
  if (p.audienceAll) return everyMember;
  const parts = [...p.audienceRoles.map((r) => labels.role(r)), ...p.audienceUnits.map((u) => u.name)];
  return parts.join(", ");
}

export default async function PolicyPage({ params }: Props) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  const policy = await loadPolicy(actor, id);
  const [t, labels, locale] = await Promise.all([getTranslations("PolicyPage"), getPolicyLabels(), getLocale()]);
  const [viewer, coverages, uses, toRead, controls] = await Promise.all([
    getViewer(actor),
    policyCoverages(actor, policy.id),
    policyUses(actor, policy.id),
    policiesToRead(actor),
    controlsOfPolicy(actor, policy.id, locale),
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
        description={t("description", {
          kind: labels.kind(policy.kind),
          owner: policy.ownerName ?? t("ownerNone"),
          audience: audienceText(policy, labels, t("everyMember")),
        })}
        actions={
          canWrite && !open ? (
            <StepButton
              label={t("startVersion", { number: (policy.versions[0]?.number ?? 0) + 1 })}
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
          {t("allPolicies")}
        </Link>
      </p>
      <div className="space-y-6">
        {open && role && (
          <OpenVersionControls version={open} policyId={policy.id} role={role} viewerId={viewer.user.id} />
        )}
        {published ? (
          <VersionCard version={published} title={t("inForce", { number: published.number })}>
            {mine && !mine.acknowledgedAt && (
              <StepButton
                label={t("acknowledge")}
                action={acknowledgePolicyAction}
                input={{ versionId: published.id }}
                done={t("acknowledged")}
              />
            )}
            {mine?.acknowledgedAt && (
              <p className="text-sm text-emerald-800">
                {t("youAcknowledged", { number: mine.number, date: formatDateIn(locale, mine.acknowledgedAt) })}
              </p>
            )}
            {!mine && <p className="text-sm text-slate-600">{t("notForYou")}</p>}
            <a href={`/policies/${policy.id}/pdf`} download className="self-center text-sm text-indigo-700 underline">
              {t("downloadPdf")}
            </a>
          </VersionCard>
        ) : (
          !open && <p className="text-sm text-slate-600">{t("retiredNote")}</p>
        )}
        {coverage && (
          <Card>
            <CardHeader title={t("acknowledgementsTitle")} description={t("acknowledgementsDescription")} />
            <PolicyCoverageView coverage={coverage} />
          </Card>
        )}
        <Card>
          <CardHeader title={t("evidenceTitle")} description={t("evidenceDescription")} />
          {uses.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">{t("noEvidence")}</p>
          ) : (
            <ul className="space-y-2 px-5 py-4 text-sm">
              {uses.map((u) => (
                <li key={u.article + u.obligationTitle}>
                  <span className="font-medium">
                    {u.article} {u.obligationTitle}
                  </span>{" "}
                  {t("onSystems", { count: u.systems.length })}{" "}
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
          <CardHeader title={t("controlsTitle")} description={t("controlsDescription")} />
          <ClientMessages namespaces={["PolicyControls"]}>
            <PolicyControls
              policyId={policy.id}
              links={controls}
              choices={controlChoices(locale)}
              link={canLink && published ? linkPolicyToControlAction : undefined}
              unlink={canLink ? unlinkPolicyControlAction : undefined}
            />
          </ClientMessages>
        </Card>
        <Card>
          <CardHeader title={t("versionsTitle")} />
          <VersionHistory policyId={policy.id} versions={policy.versions} />
        </Card>
        {published && role && can(role, "policy.approve") && !open && (
          <StepButton
            label={t("retire")}
            variant="ghost"
            action={retirePolicyAction}
            input={{ policyId: policy.id }}
            confirm={t("retireConfirm")}
          />
        )}
      </div>
    </>
  );
}
