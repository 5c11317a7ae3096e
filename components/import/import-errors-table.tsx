"use client";
import { useTranslations } from "next-intl";
import { useValidationText } from "@/components/i18n/validation-text";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RowError } from "@/lib/import/row-to-intake";

// Every problem of the file, by spreadsheet row and column with the value as the file has it, so the user can fix
// them all in one pass. The server words each problem in English (as the rejected-rows CSV keeps it); it is read here
// in the page's language where the validation catalogue knows it.
export function ImportErrorsTable({ errors }: { errors: RowError[] }) {
  const t = useTranslations("ImportReport");
  const inLocale = useValidationText();
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <Table
      label={t("problemsLabel")}
      caption={t("problemsCaption", { problems: errors.length, rows })}
      className="max-h-[28rem] overflow-auto rounded-md border border-slate-200"
    >
      <TableHead className="sticky top-0 border-b-0">
        <Th className="w-16 px-4 py-2">{t("row")}</Th>
        <Th className="w-44 px-4 py-2">{t("column")}</Th>
        <Th className="w-40 px-4 py-2">{t("value")}</Th>
        <Th className="px-4 py-2">{t("problem")}</Th>
      </TableHead>
      <TableBody>
        {errors.map((e, i) => (
          <tr key={`${e.row}-${e.column}-${i}`}>
            <td className="px-4 py-2 align-top font-mono tabular-nums text-slate-900">{e.row}</td>
            <td className="px-4 py-2 align-top font-mono break-words text-slate-800">{e.column}</td>
            <td className="px-4 py-2 align-top break-words text-slate-900">
              {e.value ? (
                <span className="font-mono">{e.value}</span>
              ) : (
                <span className="text-slate-600">{t("empty")}</span>
              )}
            </td>
            <td className="min-w-64 px-4 py-2 align-top text-slate-900">{inLocale(e.message)}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
