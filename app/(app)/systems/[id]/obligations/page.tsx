import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BulkPlanForm } from "@/components/obligations/bulk-plan-form";
import { ReadinessSummary } from "@/components/obligations/readiness-summary";
import { ObligationItem } from "@/components/obligations/obligation-item";
import { PolicyEvidence } from "@/components/policies/policy-evidence";
import { RoleGroup } from "@/components/obligations/role-group";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listSystemEvidence } from "@/lib/dal/obligations/evidence";
import { policyEvidenceForSystem, publishedPolicies } from "@/lib/dal/policies/evidence-links";
import { systemLiteracy } from "@/lib/dal/literacy/coverage";
import { AI_LITERACY_OBLIGATION, isFullyCovered } from "@/lib/literacy/coverage";
import { listMembers } from "@/lib/dal/accounts/members";
import { listSystemObligations, type ObligationDTO } from "@/lib/dal/obligations/obligations";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { isoDay, todayIso } from "@/lib/dates";
import { plannedDueDate } from "@/lib/obligations/due-date";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";
import { addEvidenceLinkAction } from "../evidence/actions";
import { linkPolicyEvidenceAction, unlinkPolicyEvidenceAction } from "../../../policies/actions";
import { loadSystem } from "../load-system";
import { addCommentAction, planObligationsAction, updateObligationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemObligations");
  return { title: t("title") };
}

// What the obligation components on this page render on the client (theirs: the work area's namespaces).
const CLIENT_NAMESPACES = [
  "Evidence",
  "ObligationStatus",
  "ObligationBadges",
  "ObligationList",
  "ObligationEditForm",
  "BulkPlanForm",
  "CommentThread",
  "MonitoringTaskText",
] as const;

const ROLE_ORDER = Object.keys(ROLE_LABELS) as Role[];

function byRole(obligations: ObligationDTO[]): [string, ObligationDTO[]][] {
  const groups = new Map<string, ObligationDTO[]>();
  for (const o of obligations) groups.set(o.role, [...(groups.get(o.role) ?? []), o]);
  return [...groups.entries()].sort(([a], [b]) => ROLE_ORDER.indexOf(a as Role) - ROLE_ORDER.indexOf(b as Role));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ open?: string }> };

export default async function SystemObligationsPage({ params, searchParams }: Props) {
  const system = await loadSystem((await params).id);
  const { open } = await searchParams;
  const actor = await requireActor();
  const [obligations, evidence, members, viewer, planning, t, tLiteracy, locale] = await Promise.all([
    listSystemObligations(actor, system.id),
    listSystemEvidence(actor, system.id),
    listMembers(actor),
    getViewer(actor),
    getObligationPlanning(actor),
    getTranslations("SystemObligations"),
    getTranslations("LiteracyCoverage"),
    getLocale() as Promise<Locale>,
  ]);
  const [policyLinks, policies] = await Promise.all([
    policyEvidenceForSystem(actor, system.id),
    publishedPolicies(actor),
  ]);
  // The Art 4 duty shows the live coverage of the literacy register (one query, only when the duty is there).
  const literacy = obligations.some((o) => o.code === AI_LITERACY_OBLIGATION)
    ? (await systemLiteracy(actor, system.id)).coverage
    : null;
  // coverageSummary's sentence in the reader's language (lib/literacy keeps the English for the data layer's errors).
  const counts = literacy && { trained: literacy.trained, total: literacy.total, lapsed: literacy.lapsed };
  const literacySummary = !counts
    ? ""
    : counts.total === 0
      ? tLiteracy("summaryNone")
      : counts.lapsed > 0
        ? tLiteracy("summaryLapsed", counts)
        : tLiteracy("summary", counts);
  const canWork = !!viewer.role && can(viewer.role, "obligation.work");
  const canWriteEvidence = !!viewer.role && can(viewer.role, "evidence.write");
  const actions = { update: updateObligationAction, comment: addCommentAction, addLink: addEvidenceLinkAction };
  const current = obligations.filter((o) => !o.obsoleteAt);
  const obsolete = obligations.filter((o) => o.obsoleteAt);
  const [firstObsolete] = obsolete;
  const plannable = current.filter((o) => o.status === "NOT_STARTED" || o.status === "IN_PROGRESS");
  const unassigned = plannable.filter((o) => !o.ownerId).length;
  // The plan offers the date where a newly found duty that already applies would be planned (the one rule in
  // plannedDueDate); with no such duty it offers none.
  const today = todayIso();
  const inForce = plannable.find((o) => isoDay(o.appliesFrom) <= today);
  const suggestedDueDate = inForce
    ? plannedDueDate(isoDay(inForce.appliesFrom), today, planning.obligationLeadDays)
    : "";

  if (obligations.length === 0) {
    return (
      <Card>
        <CardBody className="py-10 text-center">
          <h2 className="text-base font-semibold text-slate-900">{t("emptyTitle")}</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">
            {t("emptyDerived")} {system.tier ? t("emptyNone") : t("emptyClassify")}
          </p>
          {!system.tier && (
            <ButtonLink href={`/systems/${system.id}/classify`} variant="secondary" className="mt-5">
              {t("classify")}
            </ButtonLink>
          )}
        </CardBody>
      </Card>
    );
  }

  const item = (o: ObligationDTO) => (
    <ObligationItem
      key={o.id}
      obligation={o}
      evidence={evidence.filter((e) => e.obligationId === o.id)}
      members={members}
      canWork={canWork}
      canWriteEvidence={canWriteEvidence}
      evidenceRequired={planning.doneRule === "evidence"}
      open={open === o.id}
      actions={actions}
      policies={
        <PolicyEvidence
          obligationId={o.id}
          links={policyLinks.filter((l) => l.obligationId === o.id)}
          published={policies}
          link={canWriteEvidence ? linkPolicyEvidenceAction : undefined}
          unlink={canWriteEvidence ? unlinkPolicyEvidenceAction : undefined}
        />
      }
      literacy={
        literacy && o.code === AI_LITERACY_OBLIGATION
          ? { backed: isFullyCovered(literacy), summary: literacySummary }
          : undefined
      }
    />
  );
  return (
    <ClientMessages namespaces={CLIENT_NAMESPACES}>
      <div className="space-y-6">
        <ReadinessSummary systemId={system.id} obligations={obligations} />
        {canWork && plannable.length > 0 && (
          <Card id="plan">
            {/* Open while duties wait for an owner: that is the next step after a classification. */}
            <details open={unassigned > 0 || open === "plan"} className="group">
              <summary className="cursor-pointer rounded-lg px-5 py-4 text-base font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600">
                {t("planTitle")}{" "}
                <span className="text-sm font-normal text-slate-600">
                  ({unassigned ? t("planUnassigned", { count: unassigned }) : t("planAllAssigned")})
                </span>
              </summary>
              <CardBody className="border-t border-slate-200">
                <BulkPlanForm
                  systemId={system.id}
                  obligations={plannable.map((o) => ({
                    id: o.id,
                    version: o.version,
                    article: o.article,
                    title: ruleText(locale, o.title),
                    ownerName: o.owner?.name ?? null,
                    dueDate: isoDay(o.dueDate),
                  }))}
                  members={members}
                  suggestedDueDate={suggestedDueDate}
                  leadDays={planning.obligationLeadDays}
                  action={planObligationsAction}
                />
              </CardBody>
            </details>
          </Card>
        )}
        {byRole(current).map(([role, list]) => (
          <RoleGroup
            key={role}
            title={t("asRole", { code: role, label: ROLE_LABELS[role as Role]?.toLowerCase() ?? role })}
            description={t("roleSummary", {
              count: list.length,
              done: list.filter((o) => o.status === "DONE" || o.status === "NOT_APPLICABLE").length,
            })}
          >
            {list.map(item)}
          </RoleGroup>
        ))}
        {firstObsolete && (
          <RoleGroup
            title={t("obsoleteTitle")}
            description={t("obsoleteDescription", { date: formatDateIn(locale, firstObsolete.obsoleteAt) })}
          >
            {obsolete.map(item)}
          </RoleGroup>
        )}
      </div>
    </ClientMessages>
  );
}
