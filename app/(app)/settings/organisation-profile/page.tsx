import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { ruleText } from "@/lib/rules/i18n";
import { ORGANIZATION_PROFILE_FIELDS, type TOrganizationProfile } from "@/lib/validations/organization-profile";
import { OrganizationProfileForm } from "./profile-form";
import { profileQuestion } from "./questions";
import { profileRuleTexts } from "./rule-texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganisationProfile");
  return { title: t("title") };
}

export default async function OrganizationProfilePage() {
  const actor = await requireActor();
  const [viewer, profile, t, locale] = await Promise.all([
    getViewer(actor),
    getOrganizationProfile(actor),
    getTranslations("OrganisationProfile"),
    getLocale(),
  ]);
  const canEdit = !!viewer.role && can(viewer.role, "organization.profile");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("questionsTitle")} description={t("questionsDescription")} />
        {canEdit ? (
          <ClientMessages namespaces={["OrganisationProfile"]}>
            <OrganizationProfileForm profile={profile} ruleTexts={profileRuleTexts(locale)} />
          </ClientMessages>
        ) : (
          <ReadOnlyProfile profile={profile} />
        )}
      </Card>
    </>
  );
}

async function ReadOnlyProfile({ profile }: { profile: TOrganizationProfile }) {
  const [t, locale] = await Promise.all([getTranslations("OrganisationProfile"), getLocale()]);
  const rule = (english: string) => ruleText(locale, english);
  return (
    <div className="space-y-4 px-5 py-4">
      <Alert tone="info">{t("onlyEditors")}</Alert>
      <dl className="divide-y divide-slate-100 text-sm">
        {ORGANIZATION_PROFILE_FIELDS.map((field) => {
          const question = profileQuestion(field);
          const value = profile[field];
          const answer =
            value === undefined
              ? t("askedPerSystem")
              : typeof value === "boolean"
                ? value
                  ? t("yes")
                  : t("no")
                : rule(question.options?.find((o) => o.value === value)?.label ?? value);
          return (
            <div key={field} className="grid gap-1 py-3 sm:grid-cols-2 sm:gap-4">
              <dt className="font-medium text-slate-800">{rule(question.prompt)}</dt>
              <dd className="text-slate-700">{answer}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
