// What a legal record asks for, as data: the editors render these fields, the zod schemas check them and the PDF
// prints them with their labels. Keys are stored in LegalRecord.content, so they must stay stable once used.

export type LegalFieldKind = "text" | "textarea" | "date" | "select";

export type LegalField = {
  key: string;
  label: string;
  hint?: string;
  kind: LegalFieldKind;
  /** Needed before the record can be marked complete; optional fields may stay empty. */
  required: boolean;
  options?: readonly { value: string; label: string }[];
};

export const MAX_FIELD_LENGTH = 20_000;

export const textarea = (key: string, label: string, hint?: string, required = true): LegalField => ({
  key,
  label,
  hint,
  kind: "textarea",
  required,
});
export const text = (key: string, label: string, hint?: string, required = true): LegalField => ({
  key,
  label,
  hint,
  kind: "text",
  required,
});
export const date = (key: string, label: string, hint?: string, required = false): LegalField => ({
  key,
  label,
  hint,
  kind: "date",
  required,
});

export function optionLabel(field: LegalField, value: string): string {
  return field.options?.find((o) => o.value === value)?.label ?? value;
}

/** The printable value of a field: option labels instead of codes, and "" for anything not filled in. */
export function displayValue(field: LegalField, value: string | undefined): string {
  const v = (value ?? "").trim();
  return field.kind === "select" && v ? optionLabel(field, v) : v;
}

export function missingRequired(fields: readonly LegalField[], content: Record<string, string>): LegalField[] {
  return fields.filter((f) => f.required && !(content[f.key] ?? "").trim());
}
