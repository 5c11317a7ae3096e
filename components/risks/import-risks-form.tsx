"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrorText } from "@/components/ui/field";
import { useValidationText } from "@/components/i18n/validation-text";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RiskImportResult } from "@/lib/dal/risks/risk-import";
import { RISK_IMPORT_COLUMNS, RISK_IMPORT_TEMPLATE } from "@/lib/validations/risks-csv";
import { RISK_IMPORT_MAX_BYTES, type TImportRisks } from "@/lib/validations/risks-csv";

const ID = "risk-import-file";

// A register kept in a spreadsheet, brought in at once. Nothing is imported while any row has an error; each error
// names its row, column and value, next to the upload.
export function ImportRisksForm(props: {
  systemId: string;
  importRisks: ServerAction<TImportRisks, RiskImportResult>;
}) {
  const t = useTranslations("RiskImportForm");
  // A row's problem is a schema's English message: the validation catalogues hold its translation.
  const inLocale = useValidationText();
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RiskImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setResult(null);
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("chooseFile"));
    if (file.size > RISK_IMPORT_MAX_BYTES) return setError(t("tooLarge"));
    setBusy(true);
    try {
      const r = await props.importRisks({ systemId: props.systemId, csv: await file.text() });
      if (r.ok) setResult(r.data);
      else setError(r.fieldErrors?.csv?.[0] ?? r.error);
    } catch {
      setError(t("unreachable"));
    } finally {
      setBusy(false);
    }
  }

  const shown = result?.errors.slice(0, 200) ?? [];
  const required = RISK_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.label);
  const optional = RISK_IMPORT_COLUMNS.filter((c) => !c.required).map((c) => c.label);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("label")}>
      <div>
        <label htmlFor={ID} className="block text-sm font-medium text-slate-900">
          {t("file")}
        </label>
        <p id={`${ID}-hint`} className="text-sm text-slate-600">
          {t.rich("hint", {
            required: required.join(", "),
            optional: optional.join(", "),
            template: (chunks) => (
              <a
                className="text-indigo-700 underline"
                download="risk-register-template.csv"
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(RISK_IMPORT_TEMPLATE)}`}
              >
                {chunks}
              </a>
            ),
          })}
        </p>
        <input
          id={ID}
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={error ? `${ID}-hint ${ID}-error` : `${ID}-hint`}
          aria-invalid={error ? true : undefined}
          className="mt-2 block w-full text-sm"
        />
        <FieldErrorText id={ID} error={error ?? undefined} />
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("importing") : t("import")}
      </Button>
      {result && result.errors.length === 0 && (
        <Alert tone="success">{t("imported", { created: result.created, skipped: result.skipped })}</Alert>
      )}
      {result && result.errors.length > 0 && (
        <div className="space-y-2">
          <Alert tone="error">{t("failed", { count: result.errors.length })}</Alert>
          {/* A phone gets the errors as a list: a four-column table would hide the problem off to the side. */}
          <ul className="space-y-2 text-sm sm:hidden" aria-label={t("errors")}>
            {shown.map((e, i) => (
              <li key={i} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium text-slate-900">
                  {t("rowColumn", { row: e.row, column: e.column })}{" "}
                  <span className="[overflow-wrap:anywhere]">{e.value || t("empty")}</span>
                </p>
                <p className="text-slate-700">{inLocale(e.message)}</p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table caption={t("errors")}>
              <TableHead>
                <Th>{t("row")}</Th>
                <Th>{t("column")}</Th>
                <Th>{t("value")}</Th>
                <Th>{t("problem")}</Th>
              </TableHead>
              <TableBody>
                {shown.map((e, i) => (
                  <tr key={i}>
                    <td className="px-3 py-2">{e.row}</td>
                    <td className="px-3 py-2">{e.column}</td>
                    <td className="px-3 py-2 break-words">{e.value || t("empty")}</td>
                    <td className="px-3 py-2">{inLocale(e.message)}</td>
                  </tr>
                ))}
              </TableBody>
            </Table>
          </div>
          {result.errors.length > shown.length && (
            <p className="text-sm text-slate-700">{t("firstShown", { count: shown.length })}</p>
          )}
        </div>
      )}
    </form>
  );
}
