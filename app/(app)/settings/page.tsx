import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiCallLog } from "@/components/api-docs/api-call-log";
import { ClientMessages } from "@/components/i18n/client-messages";
import { roleLabels } from "@/components/i18n/role-labels";
import { ObligationPlanningForm } from "@/components/settings/obligation-planning-form";
import { CreateOrganizationForm } from "@/components/shell/create-organization-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listInvitations } from "@/lib/dal/accounts/invitations";
import { getLanguageSettings } from "@/lib/dal/accounts/language";
import { listMembers } from "@/lib/dal/accounts/members";
import { getObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listApiTokens, listRecentApiCalls } from "@/lib/dal/integrations/api-tokens";
import { createOrganizationAction } from "../actions";
import { updateObligationPlanningAction } from "./actions";
import { ApiTokensPanel } from "./api-tokens-panel";
import { DocumentLanguageCard } from "./document-language-card";
import { InvitationsPanel } from "./invitations-panel";
import { MembersTable } from "./members-table";
import { PlanningSummary } from "./planning-summary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const [viewer, members, invitations, planning, language, roles, t] = await Promise.all([
    getViewer(actor),
    listMembers(actor),
    listInvitations(actor),
    getObligationPlanning(actor),
    getLanguageSettings(actor),
    roleLabels(),
    getTranslations("Settings"),
  ]);
  const canPlan = !!viewer.role && can(viewer.role, "organization.profile");
  const isAdmin = !!viewer.role && can(viewer.role, "member.manage");
  const canAudit = !!viewer.role && can(viewer.role, "audit.read");
  const canTokens = !!viewer.role && can(viewer.role, "token.manage");
  const [tokens, calls] = canTokens ? await Promise.all([listApiTokens(actor), listRecentApiCalls(actor)]) : [null, []];
  return (
    <ClientMessages namespaces={["Members", "Invitations", "ObligationPlanning", "CreateOrganization", "ApiTokens"]}>
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          organisation: () => <strong className="text-slate-900">{viewer.organization?.name}</strong>,
          role: viewer.role ? roles[viewer.role] : "",
        })}
        actions={
          canAudit ? (
            <ButtonLink href="/settings/audit" variant="secondary">
              {t("verifyAudit")}
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("membersTitle")} description={t("membersDescription")} />
          <MembersTable members={members} currentUserId={viewer.user.id} canManage={isAdmin} roles={roles} />
        </Card>
        <Card>
          <CardHeader title={t("planningTitle")} description={t("planningDescription")} />
          <CardBody>
            {canPlan ? (
              <ObligationPlanningForm planning={planning} save={updateObligationPlanningAction} />
            ) : (
              <PlanningSummary planning={planning} />
            )}
          </CardBody>
        </Card>
        <DocumentLanguageCard settings={language} />
        <Card>
          <CardHeader
            title={t("invitationsTitle")}
            description={isAdmin ? t("invitationsAdmin") : t("invitationsOthers")}
          />
          <InvitationsPanel invitations={invitations} canManage={isAdmin} roles={roles} />
        </Card>
        {tokens && (
          <Card>
            <CardHeader title={t("tokensTitle")} description={t("tokensDescription")} />
            <ApiTokensPanel tokens={tokens} roles={roles} />
          </Card>
        )}
        {tokens && (
          <Card>
            <CardHeader title={t("callsTitle")} description={t("callsDescription")} />
            <ApiCallLog calls={calls} />
          </Card>
        )}
        <Card>
          <CardHeader title={t("anotherTitle")} description={t("anotherDescription")} />
          <CardBody>
            <CreateOrganizationForm create={createOrganizationAction} />
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
