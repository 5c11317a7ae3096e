"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ZRecordCompletion, type TRecordCompletion } from "@/lib/validations/literacy";
import { certificateProblem, postCertificate } from "./certificate";
import { CertificateInput } from "./certificate-input";

type Option = { id: string; label: string };

type Recorded = { expiresOn: string | null };

// Records that a person finished a learning item; the expiry follows the item's refresher cycle unless given. With
// a certificate chosen, the training and its file go to the upload route in one request (stored together or not
// at all); without one, to the page's server action.
export function CompletionForm(props: {
  people: Option[];
  items: Option[];
  /** Records for this person only (their own page): no person to choose. */
  personId?: string;
  today: string;
  record: ServerAction<TRecordCompletion, { expiresOn: string | null }>;
}) {
  const empty: TRecordCompletion = {
    personId: props.personId ?? "",
    itemId: "",
    completedOn: props.today,
    expiresOn: "",
    evidenceNote: "",
    evidenceUrl: "",
  };
  const t = useTranslations("LiteracyForms");
  const [done, setDone] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = `certificate-${useId()}`;
  const router = useRouter();
  async function record(values: TRecordCompletion): Promise<ActionResult<Recorded>> {
    setFileError(undefined);
    const file = fileRef.current?.files?.[0];
    if (!file) return props.record(values);
    const problem = certificateProblem(file, t);
    if (problem) {
      setFileError(problem);
      return { ok: false, code: "VALIDATION", error: problem, fieldErrors: { file: [problem] } };
    }
    const body = new FormData();
    for (const [name, value] of Object.entries(values)) body.set(name, value ?? "");
    body.set("file", file);
    const result = await postCertificate<Recorded>("/literacy/completions/upload", body, t);
    // A route handler's answer does not carry the page's new data as a server action's does: fetch it.
    if (result.ok) router.refresh();
    // The file's own error is shown beside the file field (it is not a typed value of the form); being a field
    // error, it keeps the form-level alert away, and the others land beside their fields as usual.
    if (!result.ok) setFileError(result.fieldErrors?.file?.[0]);
    return result;
  }
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordCompletion,
    action: record,
    defaultValues: empty,
    onSuccess: (data) => {
      setDone(data.expiresOn ? t("recordedUntil", { date: data.expiresOn }) : t("recordedForever"));
      form.reset(empty);
      if (fileRef.current) fileRef.current.value = "";
    },
  });
  if ((!props.personId && props.people.length === 0) || props.items.length === 0)
    return <p className="text-sm text-slate-600">{t("addFirst")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("recordLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        {!props.personId && (
          <SelectField
            form={form}
            name="personId"
            label={t("person")}
            placeholder={t("choosePerson")}
            options={props.people.map((p) => [p.id, p.label] as const)}
            required
          />
        )}
        <SelectField
          form={form}
          name="itemId"
          label={t("learningItem")}
          placeholder={t("chooseItem")}
          options={props.items.map((i) => [i.id, i.label] as const)}
          required
        />
        <InputField form={form} name="completedOn" label={t("completedOn")} type="date" required />
        <InputField form={form} name="expiresOn" label={t("expiresOn")} type="date" hint={t("expiresHint")} />
        <InputField form={form} name="evidenceUrl" label={t("evidenceUrl")} type="url" hint={t("evidenceUrlHint")} />
      </div>
      <CertificateInput
        id={fileId}
        label={t("certificateOptional")}
        error={fileError}
        ref={fileRef}
        onChange={() => setFileError(undefined)}
      />
      <TextareaField form={form} name="evidenceNote" label={t("evidenceNote")} rows={2} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("recordSubmit")}
      </Button>
    </form>
  );
}
