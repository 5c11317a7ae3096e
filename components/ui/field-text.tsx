"use client";
import { useValidationText } from "@/components/i18n/validation-text";

// Client components because they read the reader's validation catalogue from the root layout's context, which a
// server component cannot; field.tsx stays usable from both.

export function RequiredMark({ required }: { required?: boolean }) {
  const inLocale = useValidationText();
  if (!required) return null;
  return (
    <>
      {" "}
      <span className="text-xs font-normal text-slate-600">{inLocale("(required)")}</span>
    </>
  );
}

// role="alert": an error that appears after a submit is read out even though focus stays where it was. The schemas'
// messages are English (the API's too); they are put in the reader's language here, where every field error shows.
export function FieldErrorText({ id, error }: { id: string; error?: string }) {
  const inLocale = useValidationText();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
      {inLocale(error)}
    </p>
  );
}
