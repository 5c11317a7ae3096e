"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { formatBytes, MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { ZEvidenceFileName } from "@/lib/validations/evidence";
import { firstIssue } from "@/lib/validations/first-issue";

type ObligationOption = { id: string; label: string };
type UploadResult =
  | { ok: true; data: { evidenceId: string; version: number; sha256: string } }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

// Files go to a route handler as multipart/form-data (server actions cap bodies at 1 MB); the server checks the
// content and permissions again, so the checks here only save a round trip.
export function EvidenceUploadForm({
  systemId,
  obligationId,
  evidenceId,
  obligations,
  submitLabel,
}: {
  systemId: string;
  obligationId?: string;
  evidenceId?: string;
  obligations?: ObligationOption[];
  submitLabel?: string;
}) {
  const t = useTranslations("Evidence");
  const router = useRouter();
  const uid = useId();
  const fileHint = t("fileHint");
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setErrors({ file: t("chooseFile") });
    if (file.size > MAX_EVIDENCE_BYTES) return setErrors({ file: t("fileTooLarge", { size: formatBytes(file.size) }) });
    const name = ZEvidenceFileName.safeParse(file.name);
    if (!name.success) return setErrors({ file: firstIssue(name.error).message });
    setErrors({});
    setPending(true);
    try {
      const response = await fetch(`/systems/${systemId}/evidence/upload`, { method: "POST", body: data });
      const result = (await response.json().catch(() => null)) as UploadResult | null;
      if (!result)
        return setErrors({
          form: t("uploadFailed", { status: response.status }),
        });
      if (!result.ok)
        return setErrors({
          form: result.fieldErrors ? undefined : result.error,
          file: result.fieldErrors?.file?.[0],
          title: result.fieldErrors?.title?.[0],
        });
      formRef.current?.reset();
      setDone(t("uploaded", { version: result.data.version, sha256: result.data.sha256 }));
      router.refresh();
    } catch {
      setErrors({ form: t("unreachable") });
    } finally {
      setPending(false);
    }
  }

  const id = (name: string) => `${name}-${uid}`;
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={evidenceId ? t("uploadNewVersion") : t("uploadAsEvidence")}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {evidenceId && <input type="hidden" name="evidenceId" value={evidenceId} />}
      {obligationId && <input type="hidden" name="obligationId" value={obligationId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field
            id={id("file")}
            label={evidenceId ? t("newVersionOfFile") : t("file")}
            hint={fileHint}
            error={errors.file}
          >
            <Input
              id={id("file")}
              name="file"
              type="file"
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={describedBy(id("file"), errors.file, fileHint)}
              className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm file:font-medium file:text-slate-900"
            />
          </Field>
        </div>
        {!evidenceId && (
          <Field id={id("title")} label={t("titleOptional")} hint={t("titleHint")} error={errors.title}>
            <Input
              id={id("title")}
              name="title"
              maxLength={200}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describedBy(id("title"), errors.title, t("titleHint"))}
            />
          </Field>
        )}
        {!evidenceId && obligations && (
          <Field id={id("obligation")} label={t("forObligationOptional")}>
            <Select id={id("obligation")} name="obligationId" defaultValue="">
              <option value="">{t("systemInGeneral")}</option>
              {obligations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("uploading") : (submitLabel ?? t("uploadFile"))}
        </Button>
        <p role="status" className="break-all text-sm font-medium text-emerald-800">
          {done ?? ""}
        </p>
      </div>
    </form>
  );
}
