"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { confirmSignUpAction } from "../../actions";

export function ConfirmSignUp({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ organizationName: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (done) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="success" title="Your e-mail address is confirmed">
          {done.organizationName} is ready. Sign in with the password you chose.
        </Alert>
        <ButtonLink href="/login" className="w-full">
          Sign in
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
        {pending ? "Confirming…" : "Confirm and create organisation"}
      </Button>
    </div>
  );
}
