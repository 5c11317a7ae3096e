"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { certificateProblem, postCertificate } from "./certificate";
import { CertificateInput } from "./certificate-input";

// Adds a certificate to a training already recorded, or replaces its file (the audit trail keeps the former one).
export function CertificateUploadForm(props: { completionId: string; what: string; replaces: boolean }) {
  const t = useTranslations("LiteracyForms");
  const router = useRouter();
  const id = `certificate-${useId()}`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const label = t(props.replaces ? "uploadNew" : "uploadCertificate");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setError(t("chooseFile"));
    const problem = certificateProblem(file, t);
    if (problem) return setError(problem);
    setError(undefined);
    setPending(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const result = await postCertificate(`/literacy/completions/${props.completionId}/upload`, body, t);
      if (!result.ok) return setError(result.fieldErrors?.file?.[0] ?? result.error);
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    } catch {
      setError(t("offline"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label={`${label}: ${props.what}`}>
      <CertificateInput
        id={id}
        label={t(props.replaces ? "newFile" : "certificateFile")}
        error={error}
        ref={fileRef}
        onChange={() => setError(undefined)}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("uploading") : label}
      </Button>
    </form>
  );
}
