import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { PolicyToReadDTO } from "@/lib/dal/policies/acknowledgements";
import { formatDate } from "@/lib/utils";
import { POLICY_KIND_LABELS } from "@/lib/validations/policies";

// The caller's reading list: each published policy addressed to them, to open and acknowledge on its page.
export function PoliciesToRead({ rows }: { rows: PolicyToReadDTO[] }) {
  if (rows.length === 0)
    return <p className="px-5 py-4 text-sm text-slate-600">No published policy is addressed to you yet.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) => (
        <li key={r.versionId} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
          <div>
            <Link className="font-medium text-indigo-700 underline" href={`/policies/${r.policyId}`}>
              {r.title}
            </Link>
            <div className="text-xs text-slate-600">
              {POLICY_KIND_LABELS[r.kind]} · version {r.number}, published {formatDate(r.publishedAt)}
            </div>
          </div>
          {r.acknowledgedAt ? (
            <Badge tone="green">Acknowledged {formatDate(r.acknowledgedAt)}</Badge>
          ) : (
            <Badge tone="amber">To read</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
