"use client";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrorText } from "@/components/ui/field";
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
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RiskImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setResult(null);
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a CSV file.");
    if (file.size > RISK_IMPORT_MAX_BYTES)
      return setError("The file is larger than 1 MB. Split it into smaller files.");
    setBusy(true);
    try {
      const r = await props.importRisks({ systemId: props.systemId, csv: await file.text() });
      if (r.ok) setResult(r.data);
      else setError(r.fieldErrors?.csv?.[0] ?? r.error);
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  const shown = result?.errors.slice(0, 200) ?? [];
  const required = RISK_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.label);
  const optional = RISK_IMPORT_COLUMNS.filter((c) => !c.required).map((c) => c.label);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Import risks from CSV">
      <div>
        <label htmlFor={ID} className="block text-sm font-medium text-slate-900">
          CSV file
        </label>
        <p id={`${ID}-hint`} className="text-sm text-slate-600">
          Required columns: {required.join(", ")} (1 to 5). Optional: {optional.join(", ")}. Owners are named by the
          e-mail of a member of your organisation; other columns, such as scores, are ignored. Risks whose title is
          already in the register are skipped. At most 2,000 rows and 1 MB.{" "}
          <a
            className="text-indigo-700 underline"
            download="risk-register-template.csv"
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(RISK_IMPORT_TEMPLATE)}`}
          >
            Download the template
          </a>
          .
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
        {busy ? "Importing…" : "Import risks"}
      </Button>
      {result && result.errors.length === 0 && (
        <Alert tone="success">
          {result.created === 1 ? "1 risk imported" : `${result.created} risks imported`}
          {result.skipped > 0 ? `; ${result.skipped} already in the register were skipped.` : "."}
        </Alert>
      )}
      {result && result.errors.length > 0 && (
        <div className="space-y-2">
          <Alert tone="error">
            Nothing was imported: {result.errors.length === 1 ? "1 error" : `${result.errors.length} errors`}. Correct
            the file and import it again.
          </Alert>
          {/* A phone gets the errors as a list: a four-column table would hide the problem off to the side. */}
          <ul className="space-y-2 text-sm sm:hidden" aria-label="Import errors">
            {shown.map((e, i) => (
              <li key={i} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium text-slate-900">
                  Row {e.row}, {e.column}: <span className="[overflow-wrap:anywhere]">{e.value || "(empty)"}</span>
                </p>
                <p className="text-slate-700">{e.message}</p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table caption="Import errors">
              <TableHead>
                <Th>Row</Th>
                <Th>Column</Th>
                <Th>Value</Th>
                <Th>Problem</Th>
              </TableHead>
              <TableBody>
                {shown.map((e, i) => (
                  <tr key={i}>
                    <td className="px-3 py-2">{e.row}</td>
                    <td className="px-3 py-2">{e.column}</td>
                    <td className="px-3 py-2 break-words">{e.value || "(empty)"}</td>
                    <td className="px-3 py-2">{e.message}</td>
                  </tr>
                ))}
              </TableBody>
            </Table>
          </div>
          {result.errors.length > shown.length && (
            <p className="text-sm text-slate-700">The first {shown.length} errors are shown.</p>
          )}
        </div>
      )}
    </form>
  );
}
