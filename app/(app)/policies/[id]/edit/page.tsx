import type { Metadata } from "next";
import { PolicyForm } from "@/components/policies/policy-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMembers } from "@/lib/dal/accounts/members";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { loadPolicy } from "../load-policy";
import { savePolicyAction } from "../../actions";

export const metadata: Metadata = { title: "Edit policy" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPolicyPage({ params }: Props) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  const policy = await loadPolicy(actor, id);
  const viewer = await getViewer(actor);
  const draft = policy.versions.find((v) => v.status === "DRAFT");
  const back = (
    <ButtonLink href={`/policies/${policy.id}`} variant="secondary">
      Back to the policy
    </ButtonLink>
  );
  if (!viewer.role || !can(viewer.role, "policy.write"))
    return (
      <>
        <PageHeader title={`Edit: ${policy.title}`} />
        <Alert tone="info" title="You cannot edit policies">
          Administrators and compliance officers draft and edit policies.
        </Alert>
        <div className="mt-4">{back}</div>
      </>
    );
  if (!draft)
    return (
      <>
        <PageHeader title={`Edit: ${policy.title}`} />
        <Alert tone="info" title="No draft to edit">
          This policy has no draft: its latest version is in approval or in force. Start a new version from the
          policy&apos;s page.
        </Alert>
        <div className="mt-4">{back}</div>
      </>
    );
  const [members, units] = await Promise.all([listMembers(actor), listBusinessUnits(actor)]);
  return (
    <>
      <PageHeader
        title={`Edit: ${policy.title}`}
        description="Saving keeps it a draft. Submit it for approval from the policy's page when it is ready."
      />
      <Card>
        <CardBody>
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
            save={savePolicyAction}
          />
        </CardBody>
      </Card>
    </>
  );
}
