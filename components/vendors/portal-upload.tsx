"use client";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { ALLOWED_EVIDENCE_TYPES_TEXT, formatBytes, MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { ZEvidenceFileName } from "@/lib/validations/evidence";
import { firstIssue } from "@/lib/validations/first-issue";

type UploadResult =
  { ok: true; data: { fileName: string } } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const FILE_HINT = `${ALLOWED_EVIDENCE_TYPES_TEXT}; up to 20 MB.`;

// The vendor's document for one item, posted as multipart to the portal's upload route (server actions cap bodies at
// 1 MB). The same early checks as the app's evidence upload; the server checks the content again.
export function PortalUpload({ token, itemId, label }: { token: string; itemId: string; label: string }) {
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
    if (!(file instanceof File) || file.size === 0) return setError({ file: "Choose a file to upload." });
    if (file.size > MAX_EVIDENCE_BYTES)
      return setError({ file: `The file is ${formatBytes(file.size)}, over the limit of 20 MB per file.` });
    const name = ZEvidenceFileName.safeParse(file.name);
    if (!name.success) return setError({ file: firstIssue(name.error).message });
    setError({});
    setPending(true);
    try {
      const response = await fetch(`/respond/${token}/upload`, { method: "POST", body: data });
      const result = (await response.json().catch(() => null)) as UploadResult | null;
      if (!result) return setError({ form: `The upload failed (HTTP ${response.status}). Please try again.` });
      if (!result.ok)
        return setError(result.fieldErrors?.file ? { file: result.fieldErrors.file[0] } : { form: result.error });
      formRef.current?.reset();
      setDone(`Received ${result.data.fileName}. Thank you.`);
      router.refresh();
    } catch {
      setError({ form: "The server could not be reached. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  const fileId = `file-${uid}`;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3" aria-label={`Upload: ${label}`}>
      {error.form && <Alert tone="error">{error.form}</Alert>}
      <input type="hidden" name="itemId" value={itemId} />
      <Field id={fileId} label="Document" hint={FILE_HINT} error={error.file}>
        <Input
          id={fileId}
          name="file"
          type="file"
          aria-invalid={error.file ? true : undefined}
          aria-describedby={describedBy(fileId, error.file, FILE_HINT)}
          className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm file:font-medium file:text-slate-900"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Uploading…" : "Upload"}
        </Button>
        <p role="status" className="text-sm font-medium text-emerald-800">
          {done}
        </p>
      </div>
    </form>
  );
}
