"use client";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, describedBy } from "@/components/ui/field";
import { autoMapColumns, type ColumnMapping } from "@/lib/import/columns";
import { finishCsv, newCsvGuard } from "@/lib/import/csv";
import { ImportLimitError, LIMIT_MESSAGES, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import type { ImportReportDTO } from "@/lib/import/stream";
import { ImportErrorsTable } from "./import-errors-table";
import { MappingTable } from "./mapping-table";
import { ImportProgress } from "./import-progress";
import { useImportRun } from "./use-import-run";

type LoadedFile = { name: string; blob: File; headers: string[]; rows: number };

const FILE_HINT = `A CSV file of up to 10 MB and ${MAX_IMPORT_ROWS.toLocaleString("en")} rows, with a header row (UTF-8; separators are detected).`;

export function ImportWizard() {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The commit button only follows a clean dry run of exactly this file and mapping.
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const { state, run, reset } = useImportRun();
  const key = file ? `${file.name}|${file.blob.size}|${file.blob.lastModified}|${JSON.stringify(mapping)}` : "";

  async function onFile(chosen: File | undefined) {
    reset();
    setCheckedKey(null);
    setFileError(undefined);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_IMPORT_BYTES) return setFileError(LIMIT_MESSAGES.size());
    // The server's own checks (size, header, columns, value length, rows), run here first so the error shows at once.
    let checked;
    try {
      const guard = newCsvGuard();
      guard.push(new Uint8Array(await chosen.arrayBuffer()));
      checked = finishCsv(guard);
    } catch (error) {
      if (!(error instanceof ImportLimitError)) throw error;
      setFile(null);
      return setFileError(error.message);
    }
    const { headers, rows } = checked;
    setFile({ name: chosen.name, blob: chosen, headers, rows });
    setMapping(autoMapColumns(headers));
  }

  async function check() {
    if (!file) return;
    await run(file.blob, mapping, true);
    setCheckedKey(key);
  }

  const report = state.status === "done" ? state.report : null;
  const cleanDryRun = report?.dryRun && report.errors.length === 0 && checkedKey === key;
  const busy = state.status === "running";
  // A file the server refused (a limit) is reported where it was chosen, like the checks made in the browser.
  const shownFileError = fileError ?? (state.status === "failed" ? state.fileError : undefined);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="1. Choose your file"
          description="Start from the template: it has a column for every intake field and two example rows. Multiple values go in one cell, separated by ;."
        />
        <CardBody className="space-y-4">
          <a
            href="/systems/import/template"
            download
            className="inline-flex text-sm font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            Download the CSV template
          </a>
          <Field id="import-file" label="CSV file" hint={FILE_HINT} error={shownFileError}>
            <Input
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={describedBy("import-file", shownFileError, FILE_HINT)}
              aria-invalid={!!shownFileError || undefined}
              onChange={(e) => void onFile(e.target.files?.[0])}
              disabled={busy}
            />
          </Field>
          {file && (
            <p className="text-sm text-slate-700">
              <strong className="text-slate-900">{file.name}</strong>: {file.rows.toLocaleString("en")} rows,{" "}
              {file.headers.length} columns.
            </p>
          )}
        </CardBody>
      </Card>
      {file && (
        <Card>
          <CardHeader
            title="2. Match the columns"
            description="Columns whose names match a field are matched for you. Change any match, or leave a field out."
          />
          <MappingTable
            headers={file.headers}
            mapping={mapping}
            onChange={(field, header) => setMapping((m) => ({ ...m, [field]: header || undefined }))}
          />
        </Card>
      )}
      {file && (
        <Card>
          <CardHeader
            title="3. Check and import"
            description="The check lists every problem by row and column and imports nothing. The import writes all rows or none."
          />
          <CardBody className="space-y-4">
            <div className="flex flex-wrap gap-3">
              <Button type="button" variant="secondary" onClick={() => void check()} disabled={busy}>
                Check file
              </Button>
              <Button type="button" onClick={() => void run(file.blob, mapping, false)} disabled={busy || !cleanDryRun}>
                {cleanDryRun && report ? `Import ${report.valid.toLocaleString("en")} systems` : "Import systems"}
              </Button>
            </div>
            {!cleanDryRun && !busy && (
              <p className="text-sm text-slate-600">
                Check the file first; importing is possible once the check finds no problems.
              </p>
            )}
            {state.status === "running" && (
              <ImportProgress dryRun={state.dryRun} done={state.done} total={state.total} />
            )}
            {state.status === "failed" && (
              <Alert tone="error" title="Nothing was imported">
                {state.error}
              </Alert>
            )}
            {report && <ReportView report={report} />}
          </CardBody>
        </Card>
      )}
    </div>
  );
}

function ReportView({ report }: { report: ImportReportDTO }) {
  if (report.created > 0) {
    return (
      <Alert tone="success" title={`Imported ${report.created.toLocaleString("en")} AI systems`}>
        {report.classified > 0 && <p>{report.classified.toLocaleString("en")} were classified from their answers.</p>}
        <Link href="/systems" className="font-medium underline">
          Open the inventory
        </Link>
      </Alert>
    );
  }
  if (report.errors.length === 0) {
    return (
      <Alert tone="success" title="No problems found">
        All {report.total.toLocaleString("en")} rows can be imported.
      </Alert>
    );
  }
  const rows = new Set(report.errors.map((e) => e.row)).size;
  return (
    <div className="space-y-3">
      <Alert
        tone="error"
        title={`${report.errors.length} ${report.errors.length === 1 ? "problem" : "problems"} in ${rows} of ${report.total.toLocaleString("en")} rows. Nothing was imported.`}
      >
        Fix these rows in your file (or change the column matching) and check again.
        {report.missingRequired.length > 0 && (
          <p className="mt-1">Required fields without a column: {report.missingRequired.join(", ")}.</p>
        )}
      </Alert>
      <ImportErrorsTable errors={report.errors} />
    </div>
  );
}
