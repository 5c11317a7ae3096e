import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { intakeToProfile } from "@/lib/classification/intake-to-profile";
import { organisationHints, startingAnswers } from "@/lib/classification/starting-answers";
import { getQuestionnaireStart } from "@/lib/dal/classification/classification";
import { getOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { questionnaireCatalogue } from "@/lib/classification/questionnaire-catalogue";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadSystem } from "../load-system";
import { ClassifyWizard } from "./classify-wizard";

// The wizard's own namespaces; the questionnaire's texts travel as a catalogue prop (lib/rules/i18n).
const WIZARD_NAMESPACES = [
  "QuestionnaireWizard",
  "QuestionnaireSteps",
  "QuestionnaireField",
  "QuestionnaireControl",
  "QuestionnaireActions",
  "QuestionnaireLiveResult",
  // The live result's tier badges (components/system-badges) speak the reader's language too.
  "SystemBadges",
  // The live result's labels, shared with the classification tab (components/classification).
  "ResultLabels",
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("QuestionnairePage");
  return { title: t("title") };
}

export default async function ClassifyPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [viewer, start, organisation, t, locale] = await Promise.all([
    getViewer(actor),
    getQuestionnaireStart(actor, system.id),
    getOrganizationProfile(actor),
    getTranslations("QuestionnairePage"),
    getLocale() as Promise<Locale>,
  ]);
  if (!viewer.role || !can(viewer.role, "classification.run")) {
    return (
      <Alert tone="info" title={t("onlyOfficersTitle")}>
        <p>{t("onlyOfficersBody")}</p>
        <ButtonLink href={`/systems/${system.id}/classification`} variant="secondary" className="mt-3">
          {t("openClassification")}
        </ButtonLink>
      </Alert>
    );
  }
  const prefill = intakeToProfile(system, locale);
  const starting = startingAnswers(start, prefill.answers, organisation);
  const fromProfile = starting.fromOrganisation.length ? ` ${t("fromProfile")}` : "";
  const updated = starting.fromIntake.length;
  const source =
    starting.source === "draft"
      ? t("sourceDraft", { savedAt: formatDateTimeIn(locale, start.draftAt) })
      : starting.source === "run"
        ? `${updated ? t("sourceRunWithIntake", { count: updated }) : t("sourceRun")}${fromProfile}`
        : `${t("sourceFresh")}${fromProfile}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold text-slate-900">{t("title")}</h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {t("intro")} {source}
          </p>
        </div>
        <ButtonLink href={`/systems/${system.id}/classification`} variant="secondary">
          {t("back")}
        </ButtonLink>
      </div>
      {Object.keys(organisation).length === 0 && (
        <Alert tone="info" title={t("emptyProfileTitle")}>
          <p>
            {t.rich("emptyProfileBody", {
              link: (text) => (
                <Link href="/settings/organisation-profile" className="font-medium underline underline-offset-2">
                  {text}
                </Link>
              ),
            })}
          </p>
        </Alert>
      )}
      <ClientMessages namespaces={WIZARD_NAMESPACES}>
        <ClassifyWizard
          systemId={system.id}
          initialAnswers={starting.answers}
          prefilled={starting.fromIntake}
          hints={organisationHints(starting.fromOrganisation, prefill.hints, locale)}
          asOf={todayIso()}
          texts={questionnaireCatalogue(locale)}
        />
      </ClientMessages>
    </div>
  );
}
