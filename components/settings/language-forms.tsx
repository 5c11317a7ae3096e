"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RadioGroupField } from "@/components/forms/choice-fields";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import {
  FOLLOW_BROWSER,
  ZDocumentLanguage,
  ZMyLanguage,
  type TDocumentLanguage,
  type TMyLanguage,
} from "@/lib/validations/language";

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const LANGUAGE_CHOICES = LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value], lang: value }));

function SaveRow({ label, pending, saved }: { label: string; pending: boolean; saved: boolean }) {
  const t = useTranslations("Language");
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {saved && (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      )}
    </div>
  );
}

type MyProps = { current: Locale | null; browserLocale: Locale; save: ServerAction<TMyLanguage> };

export function MyLanguageForm({ current, browserLocale, save }: MyProps) {
  const t = useTranslations("Language");
  const languageName = useTranslations("LanguageName");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZMyLanguage,
    action: save,
    defaultValues: { locale: current ?? FOLLOW_BROWSER },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const choices = [
    { value: FOLLOW_BROWSER, label: t("followBrowser", { language: languageName(browserLocale) }) },
    ...LANGUAGE_CHOICES,
  ];
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="max-w-xl space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <RadioGroupField form={form} name="locale" legend={t("myLanguage")} choices={choices} />
      <SaveRow label={t("saveMyLanguage")} pending={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}

type DocumentProps = { current: Locale; save: ServerAction<TDocumentLanguage> };

export function DocumentLanguageForm({ current, save }: DocumentProps) {
  const t = useTranslations("Language");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZDocumentLanguage,
    action: save,
    defaultValues: { documentLocale: current },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="max-w-xl space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <RadioGroupField form={form} name="documentLocale" legend={t("documentLanguage")} choices={LANGUAGE_CHOICES} />
      <SaveRow label={t("saveDocumentLanguage")} pending={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}
