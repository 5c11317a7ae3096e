import { Badge } from "@/components/ui/badge";
import type { LegalRecordDTO } from "@/lib/dal/legal-records/legal-records";
import { formatDate } from "@/lib/utils";

// One word for where a record stands, the same on the hub, the editors and the Overview.
export function RecordStatusBadge({
  record,
  signOff = false,
}: {
  record: Pick<LegalRecordDTO, "complete" | "signedOffAt"> | null;
  signOff?: boolean;
}) {
  if (!record) return <Badge tone="amber">Missing</Badge>;
  if (signOff && record.signedOffAt) return <Badge tone="green">Signed off</Badge>;
  if (record.complete)
    return <Badge tone={signOff ? "blue" : "green"}>{signOff ? "Complete, awaiting sign-off" : "Complete"}</Badge>;
  return <Badge tone="neutral">Draft</Badge>;
}

export function RecordFacts({ record }: { record: LegalRecordDTO | null }) {
  if (!record) return <p className="text-sm text-slate-600">Not started.</p>;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-600">Owner</dt>
      <dd className="text-slate-900">{record.ownerName ?? "Unassigned"}</dd>
      <dt className="text-slate-600">Last saved</dt>
      <dd className="text-slate-900">{formatDate(record.updatedAt)}</dd>
      {record.signedOffAt && (
        <>
          <dt className="text-slate-600">Signed off</dt>
          <dd className="text-slate-900">
            {record.signedOffByName ?? "A former member"}, {formatDate(record.signedOffAt)}
          </dd>
        </>
      )}
    </dl>
  );
}
