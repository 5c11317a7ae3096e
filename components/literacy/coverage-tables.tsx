import Link from "next/link";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { SystemCoverageDTO, UnitCoverageDTO } from "@/lib/dal/literacy/coverage";
import { coverageLabel } from "@/lib/literacy/coverage";

// Coverage as tables: a figure per row, with "No one assigned" rather than a misleading 100 %.
function Bar({ trained, total }: { trained: number; total: number }) {
  const pct = total === 0 ? 0 : Math.round((100 * trained) / total);
  return (
    <div className="h-2 w-24 rounded bg-slate-200" aria-hidden="true">
      <div className="h-2 rounded bg-indigo-600" style={{ width: `${pct}%` }} />
    </div>
  );
}

export function SystemCoverageTable({ rows, unassigned }: { rows: SystemCoverageDTO[]; unassigned: number }) {
  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">
          No one is assigned to operate or oversee an AI system yet. Assign people on a system&apos;s Overview.
        </p>
      ) : (
        <Table caption="Literacy coverage by AI system">
          <TableHead>
            <Th>AI system</Th>
            <Th>Trained operators and overseers</Th>
            <Th>
              <span className="sr-only">Share</span>
            </Th>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <tr key={r.systemId}>
                <td className="px-3 py-2">
                  <Link className="text-indigo-700 underline" href={`/systems/${r.systemId}`}>
                    {r.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{coverageLabel(r)}</td>
                <td className="px-3 py-2">
                  <Bar trained={r.trained} total={r.total} />
                </td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      {unassigned > 0 && (
        <p className="px-5 pb-4 text-sm text-slate-600">
          {unassigned === 1 ? "1 AI system has" : `${unassigned.toLocaleString("en")} AI systems have`} no one assigned.
        </p>
      )}
    </div>
  );
}

export function UnitCoverageTable({ rows }: { rows: UnitCoverageDTO[] }) {
  if (rows.length === 0)
    return <p className="px-5 py-4 text-sm text-slate-600">No one assigned yet, so no unit has anyone to train.</p>;
  return (
    <Table caption="Literacy coverage by business unit">
      <TableHead>
        <Th>Business unit</Th>
        <Th>Trained assignments</Th>
        <Th>
          <span className="sr-only">Share</span>
        </Th>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <tr key={r.unitId ?? "none"}>
            <td className="px-3 py-2">{r.name ?? "No unit"}</td>
            <td className="px-3 py-2">{coverageLabel(r)}</td>
            <td className="px-3 py-2">
              <Bar trained={r.trained} total={r.total} />
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
