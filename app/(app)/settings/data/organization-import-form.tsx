"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { formatNumberIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Invitation = { email: string; role: string; path: string };
type Outcome =
  | { ok: true; counts: Record<string, number>; invitations: Invitation[]; names: number }
  | { ok: false; error: string; problems?: string[] };

const FIELD = "org-import-file";

// Uploads the export to the import route; the file stays chosen after a refusal, so the user can retry elsewhere.
// A refused file's problems (table, row, column) are listed under the file field, where the file was chosen.
export function OrganizationImportForm() {
  const t = useTranslations("OrganisationImport");
  const locale = useLocale() as Locale;
  const hint = t("hint");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fieldError, setFieldError] = useState<string>();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setOutcome(null);
    if (!file) return setFieldError(t("chooseFile"));
    setFieldError(undefined);
    setBusy(true);
    const body = new FormData();
    body.set("file", file);
    try {
      const response = await fetch("/settings/data/import", { method: "POST", body });
      const result = (await response.json()) as Outcome;
      setOutcome(result);
      if (!result.ok && result.problems?.length) setFieldError(t("problems", { count: result.problems.length }));
    } catch {
      setOutcome({ ok: false, error: t("unreachable") });
    } finally {
      setBusy(false);
    }
  }

  const total = outcome?.ok ? Object.values(outcome.counts).reduce((a, b) => a + b, 0) : 0;
  const problems = outcome && !outcome.ok ? (outcome.problems ?? []) : [];
  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" noValidate>
      <Field id={FIELD} label={t("file")} hint={hint} error={fieldError}>
        <Input
          id={FIELD}
          type="file"
          accept=".json,application/json"
          aria-describedby={[describedBy(FIELD, fieldError, hint), problems.length ? `${FIELD}-problems` : ""]
            .filter(Boolean)
            .join(" ")}
          aria-invalid={!!fieldError || undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          disabled={busy}
        />
      </Field>
      {problems.length > 0 && (
        <ul id={`${FIELD}-problems`} className="list-disc space-y-1 pl-5 text-sm text-red-700">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? t("importing") : t("submit")}
      </Button>
      {outcome && !outcome.ok && problems.length === 0 && (
        <Alert tone="error" title={t("nothingTitle")}>
          {outcome.error}
        </Alert>
      )}
      {outcome?.ok && (
        <Alert tone="success" title={t("importedTitle", { count: formatNumberIn(locale, total) })}>
          <p>
            {t("importedCounts", {
              systems: outcome.counts.aiSystem ?? 0,
              obligations: outcome.counts.obligation ?? 0,
              events: outcome.counts.auditEvent ?? 0,
            })}
            {outcome.names > 0 && ` ${t("names", { count: outcome.names })}`}
          </p>
          {outcome.invitations.length > 0 && (
            <>
              <p className="mt-2">{t("invited")}</p>
              <ul className="mt-1 space-y-1">
                {outcome.invitations.map((i) => (
                  <li
                    key={i.email}
                    className="break-all font-mono text-xs text-slate-900"
                    data-testid="import-invitation-link"
                  >
                    {i.email} ({i.role}):{" "}
                    {typeof window === "undefined" ? i.path : `${window.location.origin}${i.path}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </form>
  );
}
