import type { Locale } from "@/lib/i18n/locales";
import type { Catalogue } from "@/lib/rules/i18n";
import type { AnnexIvSection } from "../annex-iv";
import type { Applicability } from "../applicability";
import type { LegalField } from "../fields";
import { ANNEX_IV as DE_ANNEX_IV } from "./de/annex-iv";
import { RECORDS as DE_RECORDS, notProviderReason as deNotProvider } from "./de/records";
import { ANNEX_IV as FR_ANNEX_IV } from "./fr/annex-iv";
import { RECORDS as FR_RECORDS, notProviderReason as frNotProvider } from "./fr/records";

/**
 * The records' fields stay English data: their keys are stored in LegalRecord.content, the zod schemas and the sealed
 * dossier read them, so their words are translated where they are shown, keyed by the English (as lib/rules/i18n
 * does). A new or changed English label needs the same entry in every catalogue; tests/unit/legal names what is missing.
 */
export const LEGAL_CATALOGUES: Record<Exclude<Locale, "en">, Catalogue> = {
  de: { ...DE_ANNEX_IV, ...DE_RECORDS },
  fr: { ...FR_ANNEX_IV, ...FR_RECORDS },
};

const NOT_PROVIDER: Record<Exclude<Locale, "en">, (roles: string) => string> = {
  de: deNotProvider,
  fr: frNotProvider,
};

// The one applicability reason built from parts: the organisation's roles are named inside it.
const NOT_PROVIDER_EN =
  /^Your organisation is not the provider of this high-risk system \(its roles: (.*)\)\. The provider draws up the Annex IV documentation; ask it for the instructions for use \(Art 13\)\.$/;

/** The text in `locale`; English, or a text no catalogue has, is returned as it is. */
export function legalText(locale: Locale, english: string): string {
  if (locale === "en") return english;
  const whole = LEGAL_CATALOGUES[locale][english];
  if (whole !== undefined) return whole;
  const roles = NOT_PROVIDER_EN.exec(english)?.[1];
  if (roles === undefined) return english;
  const named = roles.split(", ").map((role) => legalText(locale, role));
  return NOT_PROVIDER[locale](named.join(", "));
}

/** A field with its label, hint and option labels in `locale`; key, kind and option values stay as they are. */
export function localizeField(locale: Locale, field: LegalField): LegalField {
  if (locale === "en") return field;
  const t = (english: string) => legalText(locale, english);
  return {
    ...field,
    label: t(field.label),
    hint: field.hint === undefined ? undefined : t(field.hint),
    options: field.options?.map((o) => ({ value: o.value, label: t(o.label) })),
  };
}

export const localizeFields = (locale: Locale, fields: readonly LegalField[]): LegalField[] =>
  fields.map((f) => localizeField(locale, f));

export function localizeSection(locale: Locale, section: AnnexIvSection): AnnexIvSection {
  return {
    number: section.number,
    title: legalText(locale, section.title),
    summary: legalText(locale, section.summary),
    fields: localizeFields(locale, section.fields),
  };
}

export const localizeApplicability = (locale: Locale, a: Applicability): Applicability => ({
  applies: a.applies,
  reason: legalText(locale, a.reason),
});
