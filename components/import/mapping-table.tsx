"use client";
import { Badge } from "@/components/ui/badge";
import { Select } from "@/components/ui/field";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { IMPORT_COLUMNS, type ColumnMapping, type ImportField } from "@/lib/import/columns";

// One row per import field: the user picks which CSV column feeds it. Required fields without a column are flagged.
export function MappingTable({
  headers,
  mapping,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (field: ImportField, header: string) => void;
}) {
  return (
    <Table caption="Which column of your file fills each field">
      <TableHead className="border-b-0">
        <Th className="px-5">Field</Th>
        <Th className="px-5">Column in your file</Th>
      </TableHead>
      <TableBody>
        {IMPORT_COLUMNS.map((column) => {
          const id = `map-${column.field}`;
          const missing = column.required && !mapping[column.field];
          return (
            <tr key={column.field} className={missing ? "bg-amber-50" : undefined}>
              <td className="px-5 py-2.5 align-top">
                <label htmlFor={id} className="font-medium text-slate-900">
                  {column.label}
                </label>
                {column.required && <Badge className="ml-2">Required</Badge>}
                <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
                  {column.hint}
                </p>
              </td>
              <td className="px-5 py-2.5 align-top">
                <Select
                  id={id}
                  value={mapping[column.field] ?? ""}
                  aria-describedby={missing ? `${id}-missing` : `${id}-hint`}
                  aria-invalid={missing || undefined}
                  onChange={(e) => onChange(column.field, e.target.value)}
                  className="max-w-xs"
                >
                  <option value="">— Not in my file —</option>
                  {headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </Select>
                {missing && (
                  <p id={`${id}-missing`} className="mt-1 text-xs font-medium text-amber-900">
                    Required unless every row is a draft: choose a column.
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
