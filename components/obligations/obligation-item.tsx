import { ChevronRight, MessageSquare, Paperclip } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { EvidenceLinkForm } from "@/components/evidence/evidence-link-form";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { EvidenceUploadForm } from "@/components/evidence/evidence-upload-form";
import { Badge } from "@/components/ui/badge";
import type { EvidenceDTO } from "@/lib/dal/obligations/evidence";
import type { ObligationDTO } from "@/lib/dal/obligations/obligations";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";
import { cn } from "@/lib/utils";
import { AppliesBadge, BlockingBadge, DueDate, StatusBadge } from "./obligation-badges";
import { CommentThread } from "./comment-thread";
import { LiteracyCoverage } from "./literacy-coverage";
import { ObligationEditor } from "./obligation-edit-form";
import { isoDay } from "@/lib/dates";

export type ObligationActions = {
  update: ComponentProps<typeof ObligationEditor>["action"];
  comment: ComponentProps<typeof CommentThread>["action"];
  addLink: ComponentProps<typeof EvidenceLinkForm>["action"];
};

type Props = {
  obligation: ObligationDTO;
  evidence: EvidenceDTO[];
  members: { userId: string; name: string }[];
  canWork: boolean;
  canWriteEvidence: boolean;
  evidenceRequired: boolean;
  open: boolean;
  actions: ObligationActions;
  /** Policies recorded as evidence, and the control to link one (components/policies/policy-evidence). */
  policies?: ReactNode;
  /** The Art 4 duty only: the system's live coverage in the literacy register. */
  literacy?: { backed: boolean; summary: string };
};

export function ObligationItem({
  obligation: o,
  evidence,
  members,
  canWork,
  canWriteEvidence,
  evidenceRequired,
  open,
  actions,
  policies,
  literacy,
}: Props) {
  const t = useTranslations("ObligationItem");
  const locale = useLocale() as Locale;
  const title = ruleText(locale, o.title);
  const obsolete = !!o.obsoleteAt;
  return (
    <li id={`obligation-${o.id}`} className={cn("scroll-mt-6 px-5 py-4", obsolete && "bg-slate-50")}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h3 className={cn("text-sm font-semibold", obsolete ? "text-slate-700" : "text-slate-900")}>
            <span className="mr-1 font-mono text-xs font-medium text-indigo-800">{o.article}</span> {title}
          </h3>
          {o.summary && <p className="mt-1 max-w-3xl text-sm text-slate-700">{ruleText(locale, o.summary)}</p>}
        </div>
        <div className="flex flex-wrap gap-1.5">
          {obsolete ? (
            <Badge>{t("obsoleteSince", { date: formatDateIn(locale, o.obsoleteAt) })}</Badge>
          ) : (
            <AppliesBadge appliesFrom={o.appliesFrom} />
          )}
          {o.blocking && !obsolete && <BlockingBadge />}
          <StatusBadge status={o.status} />
        </div>
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        <div className="flex gap-1">
          <dt className="text-slate-600">{t("owner")}</dt>
          <dd className="text-slate-900">{o.owner?.name ?? t("unassigned")}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">{t("dueDate")}</dt>
          <dd>
            <DueDate dueDate={o.dueDate} status={o.status} />
          </dd>
        </div>
        <div className="flex items-center gap-1">
          <dt>
            <Paperclip aria-hidden="true" className="h-3.5 w-3.5" />
            <span className="sr-only">{t("evidence")}</span>
          </dt>
          <dd>{t("evidenceCount", { count: o._count.evidence })}</dd>
        </div>
        <div className="flex items-center gap-1">
          <dt>
            <MessageSquare aria-hidden="true" className="h-3.5 w-3.5" />
            <span className="sr-only">{t("comments")}</span>
          </dt>
          <dd>{t("commentCount", { count: o.comments.length })}</dd>
        </div>
      </dl>
      {literacy && <LiteracyCoverage systemId={o.systemId} done={o.status === "DONE"} {...literacy} />}
      {o.status === "DONE" && o.completionNote && (
        <p className="mt-2 max-w-3xl rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
          <span className="font-medium">{t("howMet")}</span>
          {o.completionNote}
        </p>
      )}
      {o.status === "NOT_APPLICABLE" && o.notApplicableReason && (
        <p className="mt-2 max-w-3xl rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-950">
          <span className="font-medium">{t("whyNot")}</span>
          {o.notApplicableReason}
        </p>
      )}
      <details open={open} className="group mt-3">
        <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded text-sm font-medium text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          <ChevronRight aria-hidden="true" className="h-4 w-4 transition-transform group-open:rotate-90" />
          {canWork && !obsolete ? t("work") : t("details")}
          <span className="sr-only">
            : {o.article} {title}
          </span>
        </summary>
        <div className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          <section className="p-4">
            {canWork && !obsolete ? (
              <ObligationEditor
                obligation={{
                  id: o.id,
                  version: o.version,
                  status: o.status,
                  ownerId: o.ownerId,
                  notApplicableReason: o.notApplicableReason,
                  completionNote: o.completionNote,
                  evidenceCount: o._count.evidence,
                  evidenceRequired,
                  literacy,
                  dueDate: o.dueDate ? isoDay(new Date(o.dueDate)) : null,
                }}
                members={members}
                action={actions.update}
              />
            ) : (
              <p className="text-sm text-slate-600">{obsolete ? t("obsoleteReadOnly") : t("readOnly")}</p>
            )}
          </section>
          <section className="p-4">
            <h4 className="mb-3 text-sm font-semibold text-slate-900">{t("evidenceHeading")}</h4>
            <EvidenceList items={evidence} systemId={o.systemId} canWrite={canWriteEvidence && !obsolete} />
            {!obsolete && policies}
            {canWriteEvidence && !obsolete && (
              <div className="mt-4 space-y-3">
                <EvidenceUploadForm systemId={o.systemId} obligationId={o.id} />
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-indigo-800">{t("addLink")}</summary>
                  <div className="pt-3">
                    <EvidenceLinkForm systemId={o.systemId} obligationId={o.id} action={actions.addLink} />
                  </div>
                </details>
              </div>
            )}
          </section>
          <section className="p-4">
            <h4 className="mb-3 text-sm font-semibold text-slate-900">{t("commentsHeading")}</h4>
            <CommentThread obligationId={o.id} comments={o.comments} canComment={canWork} action={actions.comment} />
          </section>
        </div>
      </details>
    </li>
  );
}
