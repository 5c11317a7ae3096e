import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { ORGANIZATION_PROFILE_FIELDS, type TOrganizationProfile } from "@/lib/validations/organization-profile";
import { OrganizationProfileForm } from "./profile-form";
import { profileQuestion } from "./questions";

export const metadata: Metadata = { title: "Organisation profile" };

export default async function OrganizationProfilePage() {
  const actor = await requireActor();
  const [viewer, profile] = await Promise.all([getViewer(actor), getOrganizationProfile(actor)]);
  const canEdit = !!viewer.role && can(viewer.role, "organization.profile");
  return (
    <>
      <PageHeader
        title="Organisation profile"
        description="Facts about your organisation that are the same for every AI system. Answer them once: each system's classification questionnaire starts with these answers pre-filled and marked, and can still be changed for one system. Answers already saved in a questionnaire are never replaced."
      />
      <Card>
        <CardHeader
          title="Questions about your organisation"
          description="The same questions, help and choices as in the classification questionnaire."
        />
        {canEdit ? <OrganizationProfileForm profile={profile} /> : <ReadOnlyProfile profile={profile} />}
      </Card>
    </>
  );
}

function ReadOnlyProfile({ profile }: { profile: TOrganizationProfile }) {
  return (
    <div className="space-y-4 px-5 py-4">
      <Alert tone="info">Only administrators and compliance officers can change the organisation profile.</Alert>
      <dl className="divide-y divide-slate-100 text-sm">
        {ORGANIZATION_PROFILE_FIELDS.map((field) => {
          const question = profileQuestion(field);
          const value = profile[field];
          const answer =
            value === undefined
              ? "Asked for each system"
              : typeof value === "boolean"
                ? value
                  ? "Yes"
                  : "No"
                : (question.options?.find((o) => o.value === value)?.label ?? value);
          return (
            <div key={field} className="grid gap-1 py-3 sm:grid-cols-2 sm:gap-4">
              <dt className="font-medium text-slate-800">{question.prompt}</dt>
              <dd className="text-slate-700">{answer}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
