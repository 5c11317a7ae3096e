"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, describedBy } from "@/components/ui/field";
import type { BomImportResult } from "@/lib/bom/diff";
import { BOM_LIMITS } from "@/lib/bom/limits";
import { BomDiffTable } from "./bom-diff-table";

type Answer =
  { ok: true; result: BomImportResult } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function BomImport() {
  const t = useTranslations("BomImport");
  const fileHint = t("fileHint", { mb: BOM_LIMITS.bytes / (1024 * 1024), components: BOM_LIMITS.components });
  const systemHint = t("systemHint");
  const [file, setFile] = useState<File | null>(null);
  const [systemId, setSystemId] = useState("");
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function send(apply: boolean) {
    if (!file) return setAnswer({ ok: false, error: "", fieldErrors: { bom: [t("chooseFile")] } });
    setBusy(true);
    const form = new FormData();
    form.set("bom", file);
    form.set("systemId", systemId.trim());
    form.set("apply", String(apply));
    try {
      const response = await fetch("/systems/import-bom/run", { method: "POST", body: form });
      setAnswer((await response.json()) as Answer);
    } catch {
      setAnswer({ ok: false, error: t("unreachable") });
    } finally {
      setBusy(false);
    }
  }

  function reset(next: () => void) {
    next();
    setAnswer(null);
  }

  const errors = answer && !answer.ok ? (answer.fieldErrors ?? {}) : {};
  const fileErrors = errors.bom ?? [];
  const fileError = fileErrors.length > 0 ? fileErrors.join("\n") : undefined;
  const systemError = errors.systemId?.join(" ");
  const result = answer?.ok ? answer.result : null;
  const nothingToDo = result && !result.applied && countChanges(result) === 0;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("step1")} description={t("step1Description")} />
        <CardBody className="space-y-4">
          <Field id="bom-file" label={t("file")} hint={fileHint} error={undefined}>
            <Input
              id="bom-file"
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json,application/vnd.cyclonedx+json,application/spdx+json"
              aria-describedby={describedBy("bom-file", fileError, fileHint)}
              aria-invalid={!!fileError || undefined}
              onChange={(e) => reset(() => setFile(e.target.files?.[0] ?? null))}
              disabled={busy}
            />
          </Field>
          {fileErrors.length > 0 && (
            <div
              id="bom-file-error"
              role="alert"
              className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            >
              <p className="font-medium">{answer && !answer.ok && answer.error ? answer.error : t("correctFile")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 break-words">
                {fileErrors.map((e) => (
                  <li key={e}>
                    <code className="font-mono text-xs">{e}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Field id="bom-system" label={t("system")} hint={systemHint} error={systemError}>
            <Input
              id="bom-system"
              value={systemId}
              maxLength={60}
              aria-describedby={describedBy("bom-system", systemError, systemHint)}
              aria-invalid={!!systemError || undefined}
              onChange={(e) => reset(() => setSystemId(e.target.value))}
              disabled={busy}
            />
          </Field>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("step2")} description={t("step2Description")} />
        <CardBody className="space-y-4">
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={() => void send(false)} disabled={busy}>
              {t("check")}
            </Button>
            <Button
              type="button"
              onClick={() => void send(true)}
              disabled={busy || !result || result.applied || !!nothingToDo}
            >
              {t("apply")}
            </Button>
          </div>
          {!result && !busy && <p className="text-sm text-slate-600">{t("checkFirst")}</p>}
          {answer && !answer.ok && !fileError && !systemError && (
            <Alert tone="error" title={t("nothingImported")}>
              {answer.error}
            </Alert>
          )}
          {result?.applied && result.system.id && (
            <Alert tone="success" title={t("imported")}>
              <Link href={`/systems/${result.system.id}`} className="font-medium underline">
                {t("open", { name: result.system.name })}
              </Link>
            </Alert>
          )}
          {nothingToDo && <p className="text-sm text-slate-700">{t("allThere")}</p>}
          {result && <BomDiffTable result={result} />}
        </CardBody>
      </Card>
    </div>
  );
}

function countChanges(result: BomImportResult): number {
  const all = [result.system, ...result.models, ...result.versions, ...result.datasets, ...result.links];
  return all.filter((c) => c.action !== "unchanged").length;
}
