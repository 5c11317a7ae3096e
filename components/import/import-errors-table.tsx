import type { RowError } from "@/lib/import/row-to-intake";

// Every problem of the file, by spreadsheet row and column, so the user can fix them all in one pass.
export function ImportErrorsTable({ errors }: { errors: RowError[] }) {
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <div className="max-h-[28rem] overflow-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Problems found in the file">
      <table className="w-full text-sm">
        <caption className="sr-only">{errors.length} {errors.length === 1 ? "problem" : "problems"} in {rows} {rows === 1 ? "row" : "rows"}</caption>
        <thead className="sticky top-0 bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="w-20 px-4 py-2">Row</th>
            <th scope="col" className="w-56 px-4 py-2">Column</th>
            <th scope="col" className="px-4 py-2">Problem</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((e, i) => (
            <tr key={`${e.row}-${e.column}-${i}`}>
              <td className="px-4 py-2 font-mono tabular-nums text-slate-900">{e.row}</td>
              <td className="px-4 py-2 font-mono text-slate-800">{e.column}</td>
              <td className="px-4 py-2 text-slate-900">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
