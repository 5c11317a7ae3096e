"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrorText } from "@/components/ui/field";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PeopleImportResult } from "@/lib/dal/literacy/import-people";
import { LITERACY_IMPORT_MAX_BYTES, type TImportPeople } from "@/lib/validations/literacy";

const TEMPLATE = "Name,E-mail,Job role,Business unit\n";

// Staff without an account, from a spreadsheet. Nothing is imported while any row has an error; each error names
// its row, column and value.
export function ImportPeopleForm(props: { importPeople: ServerAction<TImportPeople, PeopleImportResult> }) {
  const t = useTranslations("LiteracyForms");
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<PeopleImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setResult(null);
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("chooseCsv"));
    if (file.size > LITERACY_IMPORT_MAX_BYTES)
      return setError(t("csvTooLarge", { kb: LITERACY_IMPORT_MAX_BYTES / 1024 }));
    setBusy(true);
    try {
      const r = await props.importPeople({ csv: await file.text() });
      if (r.ok) setResult(r.data);
      else setError(r.fieldErrors?.csv?.[0] ?? r.error);
    } catch {
      setError(t("importOffline"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("importLabel")}>
      <div>
        <label htmlFor="literacy-import-file" className="block text-sm font-medium text-slate-900">
          {t("csvFile")}
        </label>
        <p id="literacy-import-hint" className="text-sm text-slate-600">
          {t.rich("csvHint", {
            link: (chunks) => (
              <a
                className="text-indigo-700 underline"
                download="people-template.csv"
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`}
              >
                {chunks}
              </a>
            ),
          })}
        </p>
        <input
          id="literacy-import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={error ? "literacy-import-hint literacy-import-file-error" : "literacy-import-hint"}
          aria-invalid={error ? true : undefined}
          className="mt-2 block w-full text-sm"
        />
        <FieldErrorText id="literacy-import-file" error={error ?? undefined} />
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("importing") : t("import")}
      </Button>
      {result && result.errors.length === 0 && (
        <Alert tone="success">{t("imported", { created: result.created, skipped: result.skipped })}</Alert>
      )}
      {result && result.errors.length > 0 && (
        <div className="space-y-2">
          <Alert tone="error">{t("importErrors", { count: result.errors.length })}</Alert>
          <Table caption={t("errorsCaption")}>
            <TableHead>
              <Th>{t("colRow")}</Th>
              <Th>{t("colColumn")}</Th>
              <Th>{t("colValue")}</Th>
              <Th>{t("colProblem")}</Th>
            </TableHead>
            <TableBody>
              {result.errors.slice(0, 200).map((e, i) => (
                <tr key={i}>
                  <td className="px-3 py-2">{e.row}</td>
                  <td className="px-3 py-2">{e.column}</td>
                  <td className="px-3 py-2 break-words">{e.value || t("empty")}</td>
                  <td className="px-3 py-2">{e.message}</td>
                </tr>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </form>
  );
}
