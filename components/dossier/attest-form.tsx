"use client";
import { useRouter } from "next/navigation";
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

const HINT =
  "Say what you reviewed and what you attest. Your name, role and the time are recorded with it and cannot be changed later.";

export function AttestForm({ dossierId, version, signerName, action }: Props) {
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
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Attest version ${version}`}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field id={id} label={`Attestation statement for version ${version}`} hint={HINT} error={error}>
        <Textarea
          id={id}
          maxLength={ATTESTATION_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, HINT)}
          placeholder="I reviewed this dossier and confirm it is complete and accurate."
          {...form.register("statement")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Attesting…" : `Attest as ${signerName}`}
      </Button>
    </form>
  );
}
