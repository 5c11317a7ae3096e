"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";

type Outcome = { ok: true; counts: Record<string, number>; placeholderUsers: number } | { ok: false; error: string };

const HINT = "A .json file made by “Export organisation” (up to 19 MB).";

// Uploads the export to the import route; the file stays chosen after a refusal, so the user can retry elsewhere.
export function OrganizationImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fieldError, setFieldError] = useState<string>();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setOutcome(null);
    if (!file) return setFieldError("Choose an organisation export file (.json).");
    setFieldError(undefined);
    setBusy(true);
    const body = new FormData();
    body.set("file", file);
    try {
      const response = await fetch("/settings/data/import", { method: "POST", body });
      setOutcome((await response.json()) as Outcome);
    } catch {
      setOutcome({ ok: false, error: "The server could not be reached. Nothing was imported; please try again." });
    } finally {
      setBusy(false);
    }
  }

  const total = outcome?.ok ? Object.values(outcome.counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
      <Field id="org-import-file" label="Organisation export file" hint={HINT} error={fieldError}>
        <Input id="org-import-file" type="file" accept=".json,application/json" aria-describedby={describedBy("org-import-file", fieldError, HINT)}
          aria-invalid={!!fieldError || undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} disabled={busy} />
      </Field>
      <Button type="submit" disabled={busy}>{busy ? "Importing…" : "Import into this organisation"}</Button>
      {outcome && !outcome.ok && <Alert tone="error" title="Nothing was imported">{outcome.error}</Alert>}
      {outcome?.ok && (
        <Alert tone="success" title={`Imported ${total.toLocaleString("en")} records`}>
          {outcome.counts.aiSystem ?? 0} AI systems, {outcome.counts.obligation ?? 0} obligations, {outcome.counts.auditEvent ?? 0} audit events.
          {outcome.placeholderUsers > 0 && ` ${outcome.placeholderUsers} people were new to this server and got accounts without a password.`}
        </Alert>
      )}
    </form>
  );
}
