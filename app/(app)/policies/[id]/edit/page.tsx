import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getPolicyLabels } from "@/components/policies/policy-labels";
import { PolicyForm } from "@/components/policies/policy-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, ROLES } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { loadPolicy } from "../load-policy";
import { POLICY_KINDS } from "@/lib/validations/policies";
import { savePolicyAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("PolicyEdit"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditPolicyPage({ params }: Props) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  const policy = await loadPolicy(actor, id);
  const [viewer, t, labels] = await Promise.all([getViewer(actor), getTranslations("PolicyEdit"), getPolicyLabels()]);
  const draft = policy.versions.find((v) => v.status === "DRAFT");
  const back = (
    <ButtonLink href={`/policies/${policy.id}`} variant="secondary">
      {t("back")}
    </ButtonLink>
  );
  if (!viewer.role || !can(viewer.role, "policy.write"))
    return (
      <>
        <PageHeader title={t("title", { title: policy.title })} />
        <Alert tone="info" title={t("cannotEditTitle")}>
          {t("cannotEditBody")}
        </Alert>
        <div className="mt-4">{back}</div>
      </>
    );
  if (!draft)
    return (
      <>
        <PageHeader title={t("title", { title: policy.title })} />
        <Alert tone="info" title={t("noDraftTitle")}>
          {t("noDraftBody")}
        </Alert>
        <div className="mt-4">{back}</div>
      </>
    );
  const [members, units] = await Promise.all([listMembers(actor), listBusinessUnits(actor)]);
  return (
    <>
      <PageHeader title={t("title", { title: policy.title })} description={t("description")} />
      <Card>
        <CardBody>
          <ClientMessages namespaces={["PolicyForm"]}>
            <PolicyForm
              initial={{
                policyId: policy.id,
                version: policy.version,
                title: policy.title,
                kind: policy.kind,
                ownerId: policy.ownerId ?? "",
                audienceAll: policy.audienceAll,
                audienceRoles: policy.audienceRoles,
                audienceUnitIds: policy.audienceUnits.map((u) => u.id),
                body: draft.body,
                changeNote: draft.changeNote,
              }}
              draftNumber={draft.number}
              members={members.map((m) => ({ id: m.userId, name: m.name }))}
              units={units.map((u) => ({ id: u.id, name: u.name }))}
              kindOptions={POLICY_KINDS.map((k) => [k, labels.kind(k)] as const)}
              roleChoices={ROLES.map((r) => ({ value: r, label: labels.role(r) }))}
              save={savePolicyAction}
            />
          </ClientMessages>
        </CardBody>
      </Card>
    </>
  );
}
