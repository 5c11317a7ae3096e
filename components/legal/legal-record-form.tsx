"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { DraftNotice } from "@/components/forms/draft-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { RecordKindCode } from "@/lib/legal/applicability";
import type { LegalField } from "@/lib/legal/fields";
import { ZAnnexIvSectionInput, ZDerogationInput, ZFriaInput } from "@/lib/validations/legal-records";
import { LegalFieldInput } from "./legal-field-input";
import { LegalRecordView } from "./legal-record-view";
import { RecordMetaFields } from "./record-meta-fields";

export type FieldGroup = { title: string; description?: string; fields: LegalField[] };
type Saved = { id: string; version: number; signOffCleared: boolean };

// A schema cannot travel from a server page to the browser, so the page names the kind and the form picks it here.
const SCHEMAS: Record<RecordKindCode, z.ZodType> = {
  ANNEX_IV: ZAnnexIvSectionInput,
  DEROGATION: ZDerogationInput,
  FRIA: ZFriaInput,
};

type Props<I extends FieldValues> = {
  kind: RecordKindCode;
  action: (input: I) => Promise<ActionResult<Saved>>;
  defaultValues: I;
  groups: FieldGroup[];
  members: { userId: string; name: string }[];
  evidence: { id: string; title: string }[];
  systemId: string;
  completeLabel: string;
  readOnly: boolean;
  // Where the local draft of this record is kept (see draftKey); read-only viewers keep none.
  draftKey: string;
};

// The editor of any legal record: groups of fields as cards, then owner, evidence and "complete". Keyed by the
// record's version, so a successful save re-initialises it; a refused one keeps everything typed.
export function LegalRecordForm<I extends FieldValues>(props: Props<I>) {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // People who may not edit read the record as text (see LegalRecordView), not as a disabled form.
  if (props.readOnly) return <LegalRecordView values={props.defaultValues} {...props} />;
  return (
    <div className="space-y-3">
      <RecordForm key={String(props.defaultValues.version)} {...props} onSaved={(text) => setSavedAt(text)} />
      <p role="status" className="text-sm font-medium text-emerald-800">
        {savedAt ?? ""}
      </p>
    </div>
  );
}

function RecordForm<I extends FieldValues>({
  kind,
  action,
  defaultValues,
  groups,
  members,
  evidence,
  systemId,
  completeLabel,
  readOnly,
  draftKey,
  onSaved,
}: Props<I> & { onSaved: (text: string) => void }) {
  const router = useRouter();
  const t = useTranslations("LegalForm");
  const locale = useLocale();
  const { form, onSubmit, formError, stale } = useActionForm<I, Saved>({
    schema: SCHEMAS[kind] as z.ZodType<unknown, I>,
    action,
    defaultValues: defaultValues as DefaultValues<I>,
    onSuccess: (data) => {
      draft.markSaved();
      // English keeps the 24-hour en-GB time it has always shown.
      const time = new Date().toLocaleTimeString(locale === "en" ? "en-GB" : locale, {
        hour: "2-digit",
        minute: "2-digit",
      });
      onSaved(data.signOffCleared ? t("savedSignOffCleared", { time }) : t("savedAt", { time }));
      router.refresh();
    },
  });
  const version = Number(defaultValues.version);
  const draft = useFormDraft({ form, storageKey: readOnly ? null : draftKey, version });
  // Someone else saved first (told apart from the words, which are in the reader's language).
  const conflict = stale && !!formError;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
      <fieldset disabled={readOnly} className="space-y-6">
        <DraftNotice restored={draft.restored} currentVersion={version} onDiscard={draft.discard} />
        {formError && (
          <Alert tone="error">
            <p>{formError}</p>
            {conflict && (
              <Button
                type="button"
                variant="secondary"
                className="mt-2"
                onClick={() => {
                  draft.discard();
                  router.refresh();
                }}
              >
                {t("discardAndLoad")}
              </Button>
            )}
          </Alert>
        )}
        {groups.map((g) => (
          <Card key={g.title}>
            <CardHeader title={g.title} description={g.description} />
            <CardBody className="space-y-5">
              {g.fields.map((f) => (
                <LegalFieldInput key={f.key} form={form} field={f} />
              ))}
            </CardBody>
          </Card>
        ))}
        <Card>
          <CardHeader title={t("metaTitle")} />
          <CardBody>
            <RecordMetaFields
              form={form}
              members={members}
              evidence={evidence}
              systemId={systemId}
              completeLabel={completeLabel}
              readOnly={readOnly}
            />
          </CardBody>
        </Card>
        {!readOnly && (
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t("saving") : t("save")}
            </Button>
            <span className="text-sm text-slate-600">{t("saveHint")}</span>
          </div>
        )}
      </fieldset>
    </form>
  );
}
