"use client";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/field";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

// The language the new version is rendered and sealed in; each language is named in itself, as in Settings.
export function PdfLanguageSelect(props: { value: Locale; onChange: (locale: Locale) => void; disabled?: boolean }) {
  const t = useTranslations("DossierExport");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <label htmlFor="dossier-pdf-language" className="text-sm font-medium text-slate-900">
        {t("languageLabel")}
      </label>
      <Select
        id="dossier-pdf-language"
        className="w-auto"
        value={props.value}
        disabled={props.disabled}
        aria-describedby="dossier-pdf-language-hint"
        onChange={(event) => {
          if (isLocale(event.target.value)) props.onChange(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </Select>
      <p id="dossier-pdf-language-hint" className="w-full text-sm text-slate-600">
        {t("languageHint")}
      </p>
    </div>
  );
}
