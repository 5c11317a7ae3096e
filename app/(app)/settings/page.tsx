import type { Metadata } from "next";
import { CreateOrganizationForm } from "@/components/shell/create-organization-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, ROLE_LABELS } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listApiTokens, listRecentApiCalls } from "@/lib/dal/integrations/api-tokens";
import { ApiCallLog } from "@/components/api-docs/api-call-log";
import { listInvitations } from "@/lib/dal/accounts/invitations";
import { listMembers } from "@/lib/dal/accounts/members";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { ObligationPlanningForm } from "@/components/settings/obligation-planning-form";
import { DONE_RULE_LABELS } from "@/lib/validations/obligation-planning";
import { ApiTokensPanel } from "./api-tokens-panel";
import { InvitationsPanel } from "./invitations-panel";
import { MembersTable } from "./members-table";
import { createOrganizationAction } from "../actions";
import { updateObligationPlanningAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const [viewer, members, invitations, planning] = await Promise.all([
    getViewer(actor),
    listMembers(actor),
    listInvitations(actor),
    getObligationPlanning(actor),
  ]);
  const canPlan = !!viewer.role && can(viewer.role, "organization.profile");
  const isAdmin = !!viewer.role && can(viewer.role, "member.manage");
  const canAudit = !!viewer.role && can(viewer.role, "audit.read");
  const canTokens = !!viewer.role && can(viewer.role, "token.manage");
  const [tokens, calls] = canTokens ? await Promise.all([listApiTokens(actor), listRecentApiCalls(actor)]) : [null, []];
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          <>
            Organisation <strong className="text-slate-900">{viewer.organization?.name}</strong>; your role:{" "}
            {viewer.role && ROLE_LABELS[viewer.role]}.
          </>
        }
        actions={
          canAudit ? (
            <ButtonLink href="/settings/audit" variant="secondary">
              Verify audit trail
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Members" description="People in this organisation and what they may do." />
          <MembersTable members={members} currentUserId={viewer.user.id} canManage={isAdmin} />
        </Card>
        <Card>
          <CardHeader
            title="Obligation planning"
            description="How due dates are planned for newly derived duties, and what marking a duty done needs. The date a duty applies from is the law's and stays shown on its own."
          />
          <CardBody>
            {canPlan ? (
              <ObligationPlanningForm planning={planning} save={updateObligationPlanningAction} />
            ) : (
              <dl className="space-y-1 text-sm text-slate-700">
                <div>
                  <dt className="inline text-slate-600">Days to plan for a duty that already applies: </dt>
                  <dd className="inline text-slate-900">{planning.obligationLeadDays}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">Marking an obligation done needs: </dt>
                  <dd className="inline text-slate-900">{DONE_RULE_LABELS[planning.doneRule].label}</dd>
                </div>
              </dl>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Invitations"
            description={
              isAdmin
                ? "Invite colleagues by link. Each link works once and expires after 7 days."
                : "Only administrators can invite people."
            }
          />
          <InvitationsPanel invitations={invitations} canManage={isAdmin} />
        </Card>
        {tokens && (
          <Card>
            <CardHeader
              title="API tokens"
              description="For ML pipelines and CI jobs that talk to Actlas's REST API. Each token belongs to this organisation and can only do what its scopes allow."
            />
            <ApiTokensPanel tokens={tokens} />
          </Card>
        )}
        {tokens && (
          <Card>
            <CardHeader
              title="Recent API calls"
              description="Every call made with this organisation's tokens, reads and refusals included; changes are also in the audit trail under the token's name."
            />
            <ApiCallLog calls={calls} />
          </Card>
        )}
        <Card>
          <CardHeader
            title="Another organisation"
            description="Create a separate organisation (for example a subsidiary). You will be its administrator and can switch between organisations in the sidebar."
          />
          <CardBody>
            <CreateOrganizationForm create={createOrganizationAction} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
