import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { BomAction, BomImportResult } from "@/lib/bom/diff";

const ACTION: Record<BomAction, { label: string; tone: BadgeTone }> = {
  create: { label: "New", tone: "green" },
  update: { label: "Updated", tone: "blue" },
  unchanged: { label: "Unchanged", tone: "neutral" },
};

// One row per record the file touches, in the order a reader checks them: the system, then what hangs off it.
export function BomDiffTable({ result }: { result: BomImportResult }) {
  const rows = [
    { kind: "AI system", ...result.system },
    ...result.models.map((c) => ({ kind: "Model", ...c })),
    ...result.versions.map((c) => ({ kind: "Model version", ...c })),
    ...result.datasets.map((c) => ({ kind: "Dataset", ...c })),
    ...result.links.map((c) => ({ kind: "Link to the system", ...c })),
  ];
  const verb = result.applied ? "What the import did" : "What applying will do";
  return (
    <Table caption={`${verb} (${result.format} ${result.specVersion})`} showCaption>
      <TableHead>
        <Th className="w-40">Record</Th>
        <Th>Name</Th>
        <Th className="w-28">Change</Th>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <tr key={`${row.kind}-${row.name}-${i}`}>
            <td className="px-3 py-2 align-top text-sm text-slate-700">{row.kind}</td>
            <td className="min-w-36 px-3 py-2 align-top text-sm break-words text-slate-900">{row.name}</td>
            <td className="px-3 py-2 align-top text-sm">
              <Badge tone={ACTION[row.action].tone}>{ACTION[row.action].label}</Badge>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
