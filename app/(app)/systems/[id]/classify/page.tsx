import type { Metadata } from "next";
import Link from "next/link";
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
import { formatDateTime } from "@/lib/utils";
import { loadSystem } from "../load-system";
import { ClassifyWizard } from "./classify-wizard";
import { countPhrase } from "@/lib/plural";

export const metadata: Metadata = { title: "Classification questionnaire" };

export default async function ClassifyPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [viewer, start, organisation] = await Promise.all([
    getViewer(actor),
    getQuestionnaireStart(actor, system.id),
    getOrganizationProfile(actor),
  ]);
  if (!viewer.role || !can(viewer.role, "classification.run")) {
    return (
      <Alert tone="info" title="Only compliance officers and administrators answer the questionnaire">
        <p>You can read the current classification and its history on the classification tab.</p>
        <ButtonLink href={`/systems/${system.id}/classification`} variant="secondary" className="mt-3">
          Open the classification
        </ButtonLink>
      </Alert>
    );
  }
  const prefill = intakeToProfile(system);
  const starting = startingAnswers(start, prefill.answers, organisation);
  const fromProfile = starting.fromOrganisation.length
    ? " Answers from the organisation profile fill what was still open, marked."
    : "";
  const source =
    starting.source === "draft"
      ? `Resumed from the answers saved ${formatDateTime(start.draftAt)}.`
      : starting.source === "run"
        ? `Starting from the answers of the latest classification run${starting.fromIntake.length ? `, with ${countPhrase(starting.fromIntake.length, "answer")} updated from the intake since (marked)` : ""}. Change what is different now.${fromProfile}`
        : `Starting fresh. Answers the intake already gives are pre-filled and marked; check them.${fromProfile}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold text-slate-900">Classification questionnaire</h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Only the questions that matter for this system are shown, in the order the law decides. {source}
          </p>
        </div>
        <ButtonLink href={`/systems/${system.id}/classification`} variant="secondary">
          Back to the classification
        </ButtonLink>
      </div>
      {Object.keys(organisation).length === 0 && (
        <Alert tone="info" title="The organisation profile is empty">
          <p>
            Questions that are the same for every system (where your organisation is established, what kind of
            organisation it is) are asked here each time.{" "}
            <Link href="/settings/organisation-profile" className="font-medium underline underline-offset-2">
              Fill in the organisation profile
            </Link>{" "}
            once and every new questionnaire starts with them answered.
          </p>
        </Alert>
      )}
      <ClassifyWizard
        systemId={system.id}
        initialAnswers={starting.answers}
        prefilled={starting.fromIntake}
        hints={organisationHints(starting.fromOrganisation, prefill.hints)}
        asOf={todayIso()}
      />
    </div>
  );
}
