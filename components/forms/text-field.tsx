"use client";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { InputField } from "./input-field";

type Props<I extends FieldValues> = {
  form: UseFormReturn<I>;
  name: Path<I>;
  label: string;
  type?: string;
  hint?: string;
  autoComplete?: string;
};

// The simple text input of the small forms (sign-in, sign-up, invitations); the same markup as the intake's fields.
export function TextField<I extends FieldValues>(props: Props<I>) {
  return <InputField {...props} />;
}
