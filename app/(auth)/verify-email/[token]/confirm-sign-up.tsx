"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { confirmSignUpAction } from "../../actions";

export function ConfirmSignUp({ token }: { token: string }) {
  const t = useTranslations("VerifyEmail");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ organizationName: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (done) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="success" title={t("doneTitle")}>
          {t("doneBody", { organisation: done.organizationName })}
        </Alert>
        <ButtonLink href="/login" className="w-full">
          {t("signIn")}
        </ButtonLink>
      </div>
    );
  }
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await confirmSignUpAction({ token });
      if (result.ok) setDone(result.data);
      else setError(result.error);
    });
  return (
    <div className="mt-6 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Button onClick={confirm} disabled={pending} className="w-full">
        {pending ? t("confirming") : t("confirm")}
      </Button>
    </div>
  );
}
