import Link from "next/link";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ControlCoverage } from "@/lib/standards/coverage";
import { targetLabel } from "@/lib/standards/soa";
import { StatusBadge } from "./status";

export type SoaCell = { applicable: boolean; justification: string } | null;

// The controls of one framework, grouped as the standard groups them. Each control id opens its detail (coverage per
// record, the duties behind it and, for ISO/IEC 42001, its Statement of Applicability decision).
export function ControlsTable(props: {
  caption: string;
  controls: ControlCoverage[];
  soa: Map<string, SoaCell> | null;
  hrefOf: (controlId: string) => string;
}) {
  const columns = props.soa ? 5 : 4;
  const groups = [...new Set(props.controls.map((c) => c.control.group))];
  return (
    <Table caption={props.caption} tableClassName="min-w-[44rem]">
      <TableHead>
        <Th className="w-28">Control</Th>
        <Th>Title</Th>
        <Th className="w-64">Coverage in Actlas</Th>
        <Th>Evidenced by</Th>
        {props.soa && <Th className="w-40">Applicability</Th>}
      </TableHead>
      {groups.map((group) => (
        <TableBody key={group}>
          <tr className="bg-slate-50/70">
            <Th scope="colgroup" colSpan={columns} className="py-1.5 text-xs font-semibold text-slate-700">
              {group}
            </Th>
          </tr>
          {props.controls
            .filter((c) => c.control.group === group)
            .map(({ control, status, targets }) => {
              const decision = props.soa?.get(control.id);
              return (
                <tr key={control.id} className="align-top">
                  <Th scope="row" className="font-mono text-sm font-semibold">
                    <Link
                      href={props.hrefOf(control.id)}
                      className="text-indigo-700 underline-offset-2 hover:underline"
                      aria-label={`${control.id}: details`}
                    >
                      {control.id}
                    </Link>
                  </Th>
                  <td className="px-3 py-2.5 text-slate-900">{control.title}</td>
                  <td className="px-3 py-2.5">
                    <StatusBadge status={status} />
                    {targets.length > 0 && status !== "excluded" && (
                      <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
                        {targets.map((t, i) => (
                          <li key={i}>{t.detail}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2.5 text-xs text-slate-600">
                    {control.maps.length ? control.maps.map(targetLabel).join("; ") : "Not covered by Actlas records"}
                  </td>
                  {props.soa && (
                    <td className="px-3 py-2.5 text-sm">
                      {!decision ? (
                        <span className="text-slate-600">Included (not reviewed)</span>
                      ) : decision.applicable ? (
                        "Included"
                      ) : (
                        <>
                          <span className="font-medium text-violet-900">Excluded</span>
                          <span className="mt-0.5 block line-clamp-3 text-xs text-slate-600">
                            {decision.justification}
                          </span>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
        </TableBody>
      ))}
    </Table>
  );
}
