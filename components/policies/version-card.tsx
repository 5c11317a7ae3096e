import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { PolicyVersionDTO } from "@/lib/dal/policies/policies";
import { formatDate } from "@/lib/utils";
import { POLICY_STATUS_LABELS } from "@/lib/validations/policies";
import { PolicyText } from "./policy-text";
import { STATUS_TONES } from "./policy-list";

// One version's text with who wrote, submitted, approved and published it; the controls of its next step below.
export function VersionCard({
  version,
  title,
  children,
}: {
  version: PolicyVersionDTO;
  title: string;
  children?: ReactNode;
}) {
  const v = version;
  const facts = [
    v.authorName && `Written by ${v.authorName}`,
    v.submittedByName && `submitted by ${v.submittedByName}`,
    v.approvedAt &&
      `approved by ${v.approvedByLabel} on ${formatDate(v.approvedAt)}${v.selfApproved ? " (its own author: no other approver in the organisation)" : ""}`,
    v.publishedAt && `published ${formatDate(v.publishedAt)}`,
    v.retiredAt && `retired ${formatDate(v.retiredAt)}`,
  ].filter(Boolean);
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div>
          <h2 className="text-base font-semibold text-slate-900">{title}</h2>
          <p className="mt-0.5 text-sm text-slate-600">{facts.join(", ") || `Started ${formatDate(v.createdAt)}`}</p>
          {v.changeNote && <p className="mt-1 text-sm text-slate-700">Change: {v.changeNote}</p>}
        </div>
        <Badge tone={STATUS_TONES[v.status]}>{POLICY_STATUS_LABELS[v.status]}</Badge>
      </div>
      <div className="max-h-[32rem] overflow-y-auto px-5 py-4" tabIndex={0} role="region" aria-label={`${title}: text`}>
        <PolicyText body={v.body} />
      </div>
      {children && <div className="flex flex-wrap gap-3 border-t border-slate-200 px-5 py-4">{children}</div>}
    </Card>
  );
}
