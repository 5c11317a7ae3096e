"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { missingItems, PACK_FILE_LABELS, type PackCandidate, type PackFileKind } from "@/lib/deployer-pack/snapshot";
import { ZPublishDeployerPack, type TPublishDeployerPack } from "@/lib/validations/deployer-pack";

type Props = {
  initial: TPublishDeployerPack;
  candidates: PackCandidate[];
  intendedPurpose: string;
  nextVersion: number;
  publish: ServerAction<TPublishDeployerPack, { version: number }>;
};

const FILE_FIELDS = [
  ["instructionsVersionId", "INSTRUCTIONS"],
  ["declarationVersionId", "DECLARATION"],
  ["certificateVersionId", "CERTIFICATE"],
] as const satisfies readonly (readonly [keyof TPublishDeployerPack, PackFileKind])[];

export function PublishPackForm({ initial, candidates, intendedPurpose, nextVersion, publish }: Props) {
  const router = useRouter();
  const [published, setPublished] = useState<number | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZPublishDeployerPack,
    action: publish,
    defaultValues: initial,
    onSuccess: (data) => {
      setPublished(data.version);
      router.refresh();
    },
  });
  // "Title — file.pdf (Art 13)", the title left out where it is only the file's name again.
  const options = candidates.map((c) => {
    const name = c.title === c.fileName ? c.fileName : `${c.title} — ${c.fileName}`;
    return [c.versionId, c.article ? `${name} (${c.article})` : name] as const;
  });
  const values = form.watch();
  const missing = missingItems({
    files: FILE_FIELDS.filter(([field]) => values[field]).map(([, kind]) => ({ kind })),
    registrationNumber: values.registrationNumber?.trim() ?? "",
    ceMarking: values.ceMarking?.trim() ?? "",
    incidentContact: { email: values.incidentContactEmail?.trim() ?? "" },
    intendedPurpose,
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setPublished(null)} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      {candidates.length === 0 && (
        <p className="text-sm text-slate-700">
          This system has no evidence files yet. Upload the instructions for use and the declaration of conformity on
          the Evidence or Obligations tab, then choose them here.
        </p>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Documents from this system&apos;s evidence</legend>
        <div className="grid max-w-2xl gap-4">
          {FILE_FIELDS.map(([field, kind]) => (
            <SelectField
              key={field}
              form={form}
              name={field}
              label={PACK_FILE_LABELS[kind]}
              placeholder="Not included"
              options={options}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Registration, marking and incident contact</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <InputField form={form} name="registrationNumber" label="EU database registration number (Art 49, Art 71)" />
          <InputField
            form={form}
            name="ceMarking"
            label="CE marking and notified body (Art 48)"
            hint="For example: CE marking affixed; notified body 1234, certificate 2026-001."
          />
          <InputField form={form} name="incidentContactName" label="Contact for serious incidents: name or team" />
          <InputField
            form={form}
            name="incidentContactEmail"
            type="email"
            label="Contact for serious incidents: e-mail"
            hint="Where your customers report a serious incident (Art 73)."
          />
        </div>
      </fieldset>
      {missing.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">Not included yet (the pack says so to your customers):</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Publishing…" : `Publish version ${nextVersion}`}
        </Button>
        {published !== null && (
          <p role="status" className="text-sm text-green-800">
            Version {published} published and signed.
          </p>
        )}
      </div>
    </form>
  );
}
