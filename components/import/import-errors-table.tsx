import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RowError } from "@/lib/import/row-to-intake";
import { countPhrase } from "@/lib/plural";

// Every problem of the file, by spreadsheet row and column with the value as the file has it, so the user can fix
// them all in one pass.
export function ImportErrorsTable({ errors }: { errors: RowError[] }) {
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <Table
      label="Problems found in the file"
      caption={`${countPhrase(errors.length, "problem")} in ${countPhrase(rows, "row")}`}
      className="max-h-[28rem] overflow-auto rounded-md border border-slate-200"
    >
      <TableHead className="sticky top-0 border-b-0">
        <Th className="w-16 px-4 py-2">Row</Th>
        <Th className="w-44 px-4 py-2">Column</Th>
        <Th className="w-40 px-4 py-2">Value in your file</Th>
        <Th className="px-4 py-2">Problem</Th>
      </TableHead>
      <TableBody>
        {errors.map((e, i) => (
          <tr key={`${e.row}-${e.column}-${i}`}>
            <td className="px-4 py-2 align-top font-mono tabular-nums text-slate-900">{e.row}</td>
            <td className="px-4 py-2 align-top font-mono break-words text-slate-800">{e.column}</td>
            <td className="px-4 py-2 align-top break-words text-slate-900">
              {e.value ? <span className="font-mono">{e.value}</span> : <span className="text-slate-600">(empty)</span>}
            </td>
            <td className="min-w-64 px-4 py-2 align-top text-slate-900">{e.message}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
