"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action";

type Options<I extends FieldValues, T> = {
  schema: z.ZodType<unknown, I>;
  action: (input: I) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<I>;
  onSuccess?: (data: T, input: I) => void | Promise<void>;
};

// One client-side form contract: the same zod schema validates in the browser and again in the server action;
// server field errors land next to their fields, and the values typed stay in place on any failure.
export function useActionForm<I extends FieldValues, T>({ schema, action, defaultValues, onSuccess }: Options<I, T>) {
  const form = useForm<I>({
    resolver: zodResolver(schema as never, undefined, { raw: true }) as never,
    defaultValues,
    mode: "onTouched",
  });
  const t = useTranslations("ActionForm");
  const [formError, setFormError] = useState<string | null>(null);
  // The save lost to someone else's: the form offers to reload (the message itself is in the reader's language).
  const [stale, setStale] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setStale(false);
    let result: ActionResult<T>;
    try {
      result = await action(values);
    } catch {
      setFormError(t("unreachable"));
      return;
    }
    if (result.ok) {
      await onSuccess?.(result.data, values);
      return;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [name, messages] of fieldErrors) {
      if (messages?.[0])
        form.setError(name as Path<I>, { type: "server", message: messages[0] }, { shouldFocus: true });
    }
    if (fieldErrors.length === 0 || result.code !== "VALIDATION") setFormError(result.error);
    setStale(result.stale === true);
  });

  return { form, onSubmit, formError, setFormError, stale };
}
