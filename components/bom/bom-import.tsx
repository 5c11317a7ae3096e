"use client";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, describedBy } from "@/components/ui/field";
import type { BomImportResult } from "@/lib/bom/diff";
import { BOM_LIMITS } from "@/lib/bom/limits";
import { BomDiffTable } from "./bom-diff-table";

const FILE_HINT = `A CycloneDX 1.5 or 1.6 JSON file, or an SPDX 3.0.1 JSON-LD file with the AI and Dataset profiles, of up to ${BOM_LIMITS.bytes / (1024 * 1024)} MB and ${BOM_LIMITS.components.toLocaleString("en")} components or elements.`;
const SYSTEM_HINT =
  "Leave empty to use the application the file names (CycloneDX metadata.component, or the SPDX document's root software package): an AI system of that name, or a new one. To choose, paste the id from the system page's address.";

type Answer =
  { ok: true; result: BomImportResult } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function BomImport() {
  const [file, setFile] = useState<File | null>(null);
  const [systemId, setSystemId] = useState("");
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function send(apply: boolean) {
    if (!file)
      return setAnswer({ ok: false, error: "", fieldErrors: { bom: ["Choose a CycloneDX or SPDX JSON file."] } });
    setBusy(true);
    const form = new FormData();
    form.set("bom", file);
    form.set("systemId", systemId.trim());
    form.set("apply", String(apply));
    try {
      const response = await fetch("/systems/import-bom/run", { method: "POST", body: form });
      setAnswer((await response.json()) as Answer);
    } catch {
      setAnswer({ ok: false, error: "The server could not be reached. Nothing was imported; try again." });
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
        <CardHeader
          title="1. Choose the file"
          description="Each machine-learning-model component (CycloneDX) or AI package (SPDX) becomes a model version that keeps its model card (metrics, use cases, limitations); each data component or dataset package becomes a dataset; all are linked to the AI system. An import only adds: nothing you have is removed."
        />
        <CardBody className="space-y-4">
          <Field id="bom-file" label="Bill of materials (CycloneDX or SPDX JSON)" hint={FILE_HINT} error={undefined}>
            <Input
              id="bom-file"
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json,application/vnd.cyclonedx+json,application/spdx+json"
              aria-describedby={describedBy("bom-file", fileError, FILE_HINT)}
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
              <p className="font-medium">
                {answer && !answer.ok && answer.error ? answer.error : "Please correct the file."}
              </p>
              <ul className="mt-2 list-disc space-y-1 pl-5 break-words">
                {fileErrors.map((e) => (
                  <li key={e}>
                    <code className="font-mono text-xs">{e}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Field id="bom-system" label="AI system (optional)" hint={SYSTEM_HINT} error={systemError}>
            <Input
              id="bom-system"
              value={systemId}
              maxLength={60}
              aria-describedby={describedBy("bom-system", systemError, SYSTEM_HINT)}
              aria-invalid={!!systemError || undefined}
              onChange={(e) => reset(() => setSystemId(e.target.value))}
              disabled={busy}
            />
          </Field>
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="2. Check and apply"
          description="The check shows what will be created, updated or left as it is. It saves nothing."
        />
        <CardBody className="space-y-4">
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={() => void send(false)} disabled={busy}>
              Check file
            </Button>
            <Button
              type="button"
              onClick={() => void send(true)}
              disabled={busy || !result || result.applied || !!nothingToDo}
            >
              Apply
            </Button>
          </div>
          {!result && !busy && (
            <p className="text-sm text-slate-600">Check the file first; Apply follows a clean check.</p>
          )}
          {answer && !answer.ok && !fileError && !systemError && (
            <Alert tone="error" title="Nothing was imported">
              {answer.error}
            </Alert>
          )}
          {result?.applied && result.system.id && (
            <Alert tone="success" title="Imported">
              <Link href={`/systems/${result.system.id}`} className="font-medium underline">
                Open {result.system.name}
              </Link>
            </Alert>
          )}
          {nothingToDo && (
            <p className="text-sm text-slate-700">Everything in this file is already in your inventory.</p>
          )}
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
