import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RowError } from "@/lib/import/row-to-intake";

// Every problem of the file, by spreadsheet row and column, so the user can fix them all in one pass.
export function ImportErrorsTable({ errors }: { errors: RowError[] }) {
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <Table
      label="Problems found in the file"
      caption={`${errors.length} ${errors.length === 1 ? "problem" : "problems"} in ${rows} ${rows === 1 ? "row" : "rows"}`}
      className="max-h-[28rem] overflow-auto rounded-md border border-slate-200"
    >
      <TableHead className="sticky top-0 border-b-0">
        <Th className="w-20 px-4 py-2">Row</Th>
        <Th className="w-56 px-4 py-2">Column</Th>
        <Th className="px-4 py-2">Problem</Th>
      </TableHead>
      <TableBody>
        {errors.map((e, i) => (
          <tr key={`${e.row}-${e.column}-${i}`}>
            <td className="px-4 py-2 font-mono tabular-nums text-slate-900">{e.row}</td>
            <td className="px-4 py-2 font-mono text-slate-800">{e.column}</td>
            <td className="px-4 py-2 text-slate-900">{e.message}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
