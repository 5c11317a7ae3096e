import type { Metadata } from "next";
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
import { AI_LITERACY_OBLIGATION, coverageSummary, isFullyCovered } from "@/lib/literacy/coverage";
import { listMembers } from "@/lib/dal/accounts/members";
import { listSystemObligations, type ObligationDTO } from "@/lib/dal/obligations/obligations";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { isoDay, todayIso } from "@/lib/dates";
import { plannedDueDate } from "@/lib/obligations/due-date";
import { countPhrase } from "@/lib/plural";
import { formatDate } from "@/lib/utils";
import { addEvidenceLinkAction } from "../evidence/actions";
import { linkPolicyEvidenceAction, unlinkPolicyEvidenceAction } from "../../../policies/actions";
import { loadSystem } from "../load-system";
import { addCommentAction, planObligationsAction, updateObligationAction } from "./actions";

export const metadata: Metadata = { title: "Obligations" };

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
  const [obligations, evidence, members, viewer, planning] = await Promise.all([
    listSystemObligations(actor, system.id),
    listSystemEvidence(actor, system.id),
    listMembers(actor),
    getViewer(actor),
    getObligationPlanning(actor),
  ]);
  const [policyLinks, policies] = await Promise.all([
    policyEvidenceForSystem(actor, system.id),
    publishedPolicies(actor),
  ]);
  // The Art 4 duty shows the live coverage of the literacy register (one query, only when the duty is there).
  const literacy = obligations.some((o) => o.code === AI_LITERACY_OBLIGATION)
    ? (await systemLiteracy(actor, system.id)).coverage
    : null;
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
          <h2 className="text-base font-semibold text-slate-900">No obligations yet</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">
            Obligations are derived from the system’s classification: what its tier requires of each of your roles.{" "}
            {system.tier ? "This classification derived none." : "Classify the system to see them."}
          </p>
          {!system.tier && (
            <ButtonLink href={`/systems/${system.id}/classify`} variant="secondary" className="mt-5">
              Classify this system
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
          ? { backed: isFullyCovered(literacy), summary: coverageSummary(literacy) }
          : undefined
      }
    />
  );
  return (
    <div className="space-y-6">
      <ReadinessSummary systemId={system.id} obligations={obligations} />
      {canWork && plannable.length > 0 && (
        <Card id="plan">
          {/* Open while duties wait for an owner: that is the next step after a classification. */}
          <details open={unassigned > 0 || open === "plan"} className="group">
            <summary className="cursor-pointer rounded-lg px-5 py-4 text-base font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600">
              Assign owners and due dates{" "}
              <span className="text-sm font-normal text-slate-600">
                (
                {unassigned
                  ? `${countPhrase(unassigned, "open obligation")} without an owner`
                  : "all open obligations have an owner"}
                )
              </span>
            </summary>
            <CardBody className="border-t border-slate-200">
              <BulkPlanForm
                systemId={system.id}
                obligations={plannable.map((o) => ({
                  id: o.id,
                  version: o.version,
                  article: o.article,
                  title: o.title,
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
          title={`As ${ROLE_LABELS[role as Role]?.toLowerCase() ?? role}`}
          description={`${countPhrase(list.length, "obligation")}, ${list.filter((o) => o.status === "DONE" || o.status === "NOT_APPLICABLE").length} done or not applicable`}
        >
          {list.map(item)}
        </RoleGroup>
      ))}
      {firstObsolete && (
        <RoleGroup
          title="No longer applies"
          description={`Duties an earlier classification derived and the current one does not; kept for the record since ${formatDate(firstObsolete.obsoleteAt)}. They do not count towards readiness.`}
        >
          {obsolete.map(item)}
        </RoleGroup>
      )}
    </div>
  );
}
