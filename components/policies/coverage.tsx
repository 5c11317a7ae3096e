import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PolicyCoverageDTO } from "@/lib/dal/policies/acknowledgements";
import { coverageText } from "@/lib/policies/coverage";
import { ROLE_LABELS } from "@/lib/access/permissions";

// Who of the audience acknowledged the published version: by business unit, and by name who has not.
export function PolicyCoverageView({ coverage }: { coverage: PolicyCoverageDTO }) {
  return (
    <div className="space-y-4 px-5 py-4">
      <p className="text-sm text-slate-900">
        <span className="text-lg font-semibold">{coverageText(coverage)}</span> (version {coverage.number})
      </p>
      {coverage.byUnit.length > 0 && (
        <Table caption="Acknowledgements by business unit" className="rounded-md border border-slate-200">
          <TableHead>
            <Th>Business unit</Th>
            <Th>Acknowledged</Th>
          </TableHead>
          <TableBody>
            {coverage.byUnit.map((u) => (
              <tr key={u.unitId ?? "none"}>
                <td className="px-3 py-2">{u.name ?? "No unit recorded"}</td>
                <td className="px-3 py-2">{coverageText(u)}</td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      {coverage.missing.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">
            Not acknowledged yet ({coverage.missing.length.toLocaleString("en")})
          </h3>
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {coverage.missing.map((m) => (
              <li key={m.userId} className="break-words">
                {m.name}{" "}
                <span className="text-slate-600">
                  ({ROLE_LABELS[m.role]}
                  {m.unitName ? `, ${m.unitName}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        coverage.total > 0 && <p className="text-sm text-emerald-800">Everyone in the audience has acknowledged it.</p>
      )}
    </div>
  );
}
