"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { formatBytes, MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { ZEvidenceFileName } from "@/lib/validations/evidence";
import { firstIssue } from "@/lib/validations/first-issue";

type UploadResult =
  { ok: true; data: { fileName: string } } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

// The vendor's document for one item, posted as multipart to the portal's upload route (server actions cap bodies at
// 1 MB). The same early checks as the app's evidence upload; the server checks the content again.
export function PortalUpload({ token, itemId, label }: { token: string; itemId: string; label: string }) {
  const t = useTranslations("RespondForms");
  const fileHint = t("fileHint");
  const router = useRouter();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ form?: string; file?: string }>({});
  const [done, setDone] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone("");
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setError({ file: t("chooseFile") });
    if (file.size > MAX_EVIDENCE_BYTES) return setError({ file: t("fileTooLarge", { size: formatBytes(file.size) }) });
    const name = ZEvidenceFileName.safeParse(file.name);
    if (!name.success) return setError({ file: firstIssue(name.error).message });
    setError({});
    setPending(true);
    try {
      const response = await fetch(`/respond/${token}/upload`, { method: "POST", body: data });
      const result = (await response.json().catch(() => null)) as UploadResult | null;
      if (!result) return setError({ form: t("uploadFailed", { status: response.status }) });
      if (!result.ok)
        return setError(result.fieldErrors?.file ? { file: result.fieldErrors.file[0] } : { form: result.error });
      formRef.current?.reset();
      setDone(t("uploadReceived", { fileName: result.data.fileName }));
      router.refresh();
    } catch {
      setError({ form: t("unreachable") });
    } finally {
      setPending(false);
    }
  }

  const fileId = `file-${uid}`;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3" aria-label={t("uploadFormLabel", { label })}>
      {error.form && <Alert tone="error">{error.form}</Alert>}
      <input type="hidden" name="itemId" value={itemId} />
      <Field id={fileId} label={t("document")} hint={fileHint} error={error.file}>
        <Input
          id={fileId}
          name="file"
          type="file"
          aria-invalid={error.file ? true : undefined}
          aria-describedby={describedBy(fileId, error.file, fileHint)}
          className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm file:font-medium file:text-slate-900"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </Button>
        <p role="status" className="text-sm font-medium text-emerald-800">
          {done}
        </p>
      </div>
    </form>
  );
}
