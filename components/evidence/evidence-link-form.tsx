"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { ZAddEvidenceLink, type TAddEvidenceLink } from "@/lib/validations/evidence";

// Field ids carry a per-instance suffix: the same form appears once per obligation on a page.
export function EvidenceLinkForm({
  systemId,
  obligationId,
  obligations,
  action,
}: {
  systemId: string;
  obligationId?: string;
  obligations?: { id: string; label: string }[];
  action: (input: TAddEvidenceLink) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("Evidence");
  const uid = useId();
  const urlHint = t("urlHint");
  const [done, setDone] = useState(false);
  const defaults = { systemId, obligationId: obligationId ?? "", title: "", url: "" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAddEvidenceLink,
    action,
    defaultValues: defaults,
    onSuccess: () => {
      form.reset(defaults);
      setDone(true);
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("addLinkAsEvidence")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`link-title-${uid}`} label={t("linkTitle")} error={errors.title?.message}>
          <Input
            id={`link-title-${uid}`}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy(`link-title-${uid}`, errors.title?.message)}
            {...form.register("title")}
          />
        </Field>
        <Field id={`link-url-${uid}`} label={t("linkUrl")} hint={urlHint} error={errors.url?.message}>
          <Input
            id={`link-url-${uid}`}
            type="url"
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={describedBy(`link-url-${uid}`, errors.url?.message, urlHint)}
            {...form.register("url")}
          />
        </Field>
        {obligations && (
          <Field id={`link-obligation-${uid}`} label={t("forObligationOptional")}>
            <Select id={`link-obligation-${uid}`} {...form.register("obligationId")}>
              <option value="">{t("systemInGeneral")}</option>
              {obligations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} onClick={() => setDone(false)}>
          {t("addLink")}
        </Button>
        <p role="status" className="text-sm font-medium text-emerald-800">
          {done ? t("linkAdded") : ""}
        </p>
      </div>
    </form>
  );
}
