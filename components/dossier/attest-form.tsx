"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { ATTESTATION_MAX, ZAttestDossier, type TAttestDossier } from "@/lib/validations/dossier";

type Props = {
  dossierId: string;
  version: number;
  signerName: string;
  action: (input: TAttestDossier) => Promise<ActionResult<{ attestationId: string }>>;
};

export function AttestForm({ dossierId, version, signerName, action }: Props) {
  const t = useTranslations("DossierAttestation");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAttestDossier,
    action,
    defaultValues: { dossierId, statement: "" },
    onSuccess: () => {
      form.reset({ dossierId, statement: "" });
      router.refresh();
    },
  });
  const id = `statement-${dossierId}`;
  const error = form.formState.errors.statement?.message;
  const hint = t("hint");
  const number = String(version);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("formLabel", { version: number })}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field id={id} label={t("statementLabel", { version: number })} hint={hint} error={error}>
        <Textarea
          id={id}
          maxLength={ATTESTATION_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          placeholder={t("placeholder")}
          {...form.register("statement")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("attesting") : t("attestAs", { name: signerName })}
      </Button>
    </form>
  );
}
