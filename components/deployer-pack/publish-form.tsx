"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { missingItemCodes, type PackCandidate, type PackFileKind } from "@/lib/deployer-pack/snapshot";
import { ZPublishDeployerPack, type TPublishDeployerPack } from "@/lib/validations/deployer-pack";
import { usePackWords } from "./pack-words";

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
  const t = useTranslations("DeployerPackPublish");
  const words = usePackWords();
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
  const missing = missingItemCodes({
    files: FILE_FIELDS.filter(([field]) => values[field]).map(([, kind]) => ({ kind })),
    registrationNumber: values.registrationNumber?.trim() ?? "",
    ceMarking: values.ceMarking?.trim() ?? "",
    incidentContact: { email: values.incidentContactEmail?.trim() ?? "" },
    intendedPurpose,
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setPublished(null)} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      {candidates.length === 0 && <p className="text-sm text-slate-700">{t("noEvidence")}</p>}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("documentsLegend")}</legend>
        <div className="grid max-w-2xl gap-4">
          {FILE_FIELDS.map(([field, kind]) => (
            <SelectField
              key={field}
              form={form}
              name={field}
              label={words.file(kind)}
              placeholder={t("notIncluded")}
              options={options}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("registrationLegend")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <InputField form={form} name="registrationNumber" label={t("registrationNumber")} />
          <InputField form={form} name="ceMarking" label={t("ceMarking")} hint={t("ceMarkingHint")} />
          <InputField form={form} name="incidentContactName" label={t("contactName")} />
          <InputField
            form={form}
            name="incidentContactEmail"
            type="email"
            label={t("contactEmail")}
            hint={t("contactEmailHint")}
          />
        </div>
      </fieldset>
      {missing.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("missingIntro")}</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((m) => (
              <li key={m}>{words.missing(m)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("publishing") : t("publish", { version: nextVersion })}
        </Button>
        {published !== null && (
          <p role="status" className="text-sm text-green-800">
            {t("published", { version: published })}
          </p>
        )}
      </div>
    </form>
  );
}
