import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PolicyVersionDTO } from "@/lib/dal/policies/policies";
import { formatDate } from "@/lib/utils";
import { POLICY_STATUS_LABELS } from "@/lib/validations/policies";
import { STATUS_TONES } from "./policy-list";

// Each version that was published links to its signed PDF (drafts have none: they were never the policy).
export function VersionHistory({ policyId, versions }: { policyId: string; versions: PolicyVersionDTO[] }) {
  return (
    <Table caption="Version history">
      <TableHead>
        <Th>Version</Th>
        <Th>Status</Th>
        <Th>Approved</Th>
        <Th>Published</Th>
        <Th>Change</Th>
      </TableHead>
      <TableBody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td className="px-3 py-2">{v.number}</td>
            <td className="px-3 py-2">
              <Badge tone={STATUS_TONES[v.status]}>{POLICY_STATUS_LABELS[v.status]}</Badge>
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {v.approvedAt ? `${formatDate(v.approvedAt)}, ${v.approvedByLabel}` : "—"}
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {v.publishedAt ? (
                <>
                  {formatDate(v.publishedAt)} ·{" "}
                  <a
                    href={`/policies/${policyId}/pdf?version=${v.number}`}
                    download
                    className="text-indigo-700 underline"
                  >
                    PDF<span className="sr-only"> of version {v.number}</span>
                  </a>
                </>
              ) : (
                "—"
              )}
            </td>
            <td className="px-3 py-2">{v.changeNote || "—"}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
