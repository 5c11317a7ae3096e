import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PolicyListItemDTO } from "@/lib/dal/policies/list";
import { coverageText } from "@/lib/policies/coverage";
import { formatDate } from "@/lib/utils";
import { POLICY_KIND_LABELS, POLICY_STATUS_LABELS, type PolicyStatusCode } from "@/lib/validations/policies";

export const STATUS_TONES: Record<PolicyStatusCode, BadgeTone> = {
  DRAFT: "neutral",
  IN_APPROVAL: "amber",
  APPROVED: "blue",
  PUBLISHED: "green",
  RETIRED: "neutral",
};

export type PolicyRow = PolicyListItemDTO & { coverage: { acknowledged: number; total: number } | null };

// The organisation's policies: where each stands, and how many of its audience acknowledged the published version.
export function PolicyList({ rows }: { rows: PolicyRow[] }) {
  if (rows.length === 0)
    return <p className="px-5 py-4 text-sm text-slate-600">No policies yet. Start one from a template above.</p>;
  return (
    <Table caption="Policies">
      <TableHead>
        <Th>Policy</Th>
        <Th>Status</Th>
        <Th>Published</Th>
        <Th>Acknowledged</Th>
        <Th>Owner</Th>
      </TableHead>
      <TableBody>
        {rows.map((p) => (
          <tr key={p.id}>
            {/* Wide enough on a phone that a title wraps once, not word by word; the table scrolls sideways. */}
            <td className="min-w-48 px-3 py-2">
              <Link className="font-medium text-indigo-700 underline" href={`/policies/${p.id}`}>
                {p.title}
              </Link>
              <div className="text-xs text-slate-600">{POLICY_KIND_LABELS[p.kind]}</div>
            </td>
            <td className="px-3 py-2">
              <Badge tone={STATUS_TONES[p.latest.status]}>
                {p.latest.number > 0 ? `v${p.latest.number} ` : ""}
                {POLICY_STATUS_LABELS[p.latest.status]}
              </Badge>
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {p.published ? `v${p.published.number}, ${formatDate(p.published.publishedAt)}` : "Not yet"}
            </td>
            <td className="whitespace-nowrap px-3 py-2">{p.coverage ? coverageText(p.coverage) : "—"}</td>
            <td className="px-3 py-2">{p.ownerName ?? "No owner"}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
