import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ControlObligationDTO } from "@/lib/dal/standards/drill-down";
import type { ControlCoverage, TargetStatus } from "@/lib/standards/coverage";
import { targetLabel } from "@/lib/standards/soa";
import { STATUS_LABELS } from "@/lib/validations/obligation";
import { StatusBadge } from "./status";

const TARGET_TONE: Record<TargetStatus, "green" | "amber" | "red" | "blue"> = {
  evidenced: "green",
  partial: "amber",
  gap: "red",
  none: "blue",
};
const TARGET_WORD: Record<TargetStatus, string> = {
  evidenced: "Evidenced",
  partial: "Partly",
  gap: "Gap",
  none: "Nothing yet",
};

// One control opened from the table: what evidences it and how far, the duties behind it (each linking to its
// system's obligations tab, opened at that duty), and the Statement of Applicability decision (`decision`).
export function ControlDetail(props: {
  coverage: ControlCoverage;
  obligations: { rows: ControlObligationDTO[]; total: number };
  closeHref: string;
  decision: ReactNode;
}) {
  const { control, status, targets } = props.coverage;
  return (
    <Card className="mb-6" aria-labelledby="control-detail-title">
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div>
          <h2 id="control-detail-title" className="text-base font-semibold text-slate-900">
            <span className="font-mono">{control.id}</span> · {control.title}
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">{control.group}</p>
        </div>
        <div className="flex items-center gap-3">
          <StatusBadge status={status} />
          <Link href={props.closeHref} className="text-sm font-medium text-indigo-700 underline">
            Close
          </Link>
        </div>
      </div>
      <CardBody className="space-y-5">
        {targets.length === 0 ? (
          <p className="text-sm text-slate-700">
            Not covered by Actlas records: keep the evidence for this control outside Actlas, or exclude it with a
            justification.
          </p>
        ) : (
          <ul className="space-y-2">
            {targets.map((t, i) => (
              <li key={i} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
                <Badge tone={TARGET_TONE[t.status]}>{TARGET_WORD[t.status]}</Badge>
                <span className="font-medium text-slate-900">{targetLabel(t.target)}</span>
                <span className="text-slate-600">{t.detail}</span>
              </li>
            ))}
          </ul>
        )}
        {props.obligations.total > 0 && <Duties {...props.obligations} />}
        {props.decision}
      </CardBody>
    </Card>
  );
}

function Duties({ rows, total }: { rows: ControlObligationDTO[]; total: number }) {
  const caption =
    total > rows.length
      ? `The duties behind this control (the first ${rows.length} of ${total})`
      : "The duties behind this control";
  return (
    <Table caption={caption} showCaption tableClassName="min-w-[36rem]">
      <TableHead>
        <Th>AI system</Th>
        <Th>Obligation</Th>
        <Th>Status</Th>
        <Th className="text-right">Evidence</Th>
      </TableHead>
      <TableBody>
        {rows.map((o) => (
          <tr key={o.id}>
            <td className="px-3 py-2">
              <Link
                href={`/systems/${o.systemId}/obligations?open=${o.id}#obligation-${o.id}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline"
              >
                {o.systemName}
              </Link>
            </td>
            <td className="px-3 py-2 text-slate-900">
              {o.title} <span className="text-xs text-slate-600">({o.article})</span>
            </td>
            <td className="px-3 py-2">{STATUS_LABELS[o.status]}</td>
            <td className="px-3 py-2 text-right tabular-nums">{o.evidence}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
