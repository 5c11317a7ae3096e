"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Select } from "@/components/ui/field";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { IMPORT_COLUMNS, type ColumnMapping, type ImportField } from "@/lib/import/columns";
import { useColumnLabels } from "./column-labels";

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
  const t = useTranslations("ImportMapping");
  const columns = useColumnLabels();
  return (
    <Table caption={t("caption")}>
      <TableHead className="border-b-0">
        <Th className="px-5">{t("field")}</Th>
        <Th className="px-5">{t("column")}</Th>
      </TableHead>
      <TableBody>
        {IMPORT_COLUMNS.map((column) => {
          const id = `map-${column.field}`;
          const missing = column.required && !mapping[column.field];
          return (
            <tr key={column.field} className={missing ? "bg-amber-50" : undefined}>
              <td className="px-5 py-2.5 align-top">
                <label htmlFor={id} className="font-medium text-slate-900">
                  {columns.label(column.field)}
                </label>
                {column.required && <Badge className="ml-2">{t("required")}</Badge>}
                <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
                  {columns.hint(column.field)}
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
                  <option value="">{t("notInFile")}</option>
                  {headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </Select>
                {missing && (
                  <p id={`${id}-missing`} className="mt-1 text-xs font-medium text-amber-900">
                    {t("missing")}
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
