"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { VerifyVerdict, type VerdictJson } from "./verify-verdict";

type Reply = { ok: true; data: VerdictJson } | { ok: false; error: string };

export function VerifyForm() {
  const t = useTranslations("DossierVerify");
  const hint = t("hint");
  const [error, setError] = useState<string | undefined>();
  const [verdict, setVerdict] = useState<VerdictJson | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setVerdict(null);
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(t("chooseFile"));
      return;
    }
    setBusy(true);
    try {
      const response = await fetch("/reports/verify", { method: "POST", body: data });
      const reply = (await response.json()) as Reply;
      if (reply.ok) setVerdict(reply.data);
      else setError(reply.error);
    } catch {
      setError(t("unreachable"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("formLabel")}>
        <div className="max-w-xl">
          <Field id="verify-file" label={t("fileLabel")} hint={hint} error={error}>
            <Input
              id="verify-file"
              name="file"
              type="file"
              accept="application/pdf,.pdf"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy("verify-file", error, hint)}
              onChange={() => setVerdict(null)}
            />
          </Field>
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? t("checking") : t("verify")}
        </Button>
      </form>
      <div aria-live="polite">{verdict && <VerifyVerdict verdict={verdict} />}</div>
    </div>
  );
}
