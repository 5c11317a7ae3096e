"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Button } from "@/components/ui/button";

// One small "Remove" control for a row of the register: asks first, and shows the server's refusal beside itself.
// `label` overrides the button's word (a parent whose own messages name it).
export function RemoveButton<I>(props: {
  what: string;
  confirm: string;
  action: ServerAction<I>;
  input: I;
  label?: string;
}) {
  const t = useTranslations("LiteracyForms");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () => {
    if (!window.confirm(props.confirm)) return;
    setError(null);
    startTransition(async () => {
      const r = await props.action(props.input);
      if (!r.ok) setError(r.error);
    });
  };
  return (
    <span className="inline-flex flex-col items-start">
      <Button type="button" variant="ghost" className="text-red-700" disabled={pending} onClick={remove}>
        {props.label ?? t("remove")}
        <span className="sr-only"> {props.what}</span>
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
