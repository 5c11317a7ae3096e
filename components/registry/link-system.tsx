"use client";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fieldError } from "@/components/forms/form-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Input } from "@/components/ui/field";
import { ZModelSystemLink, type TModelSystemLink } from "@/lib/validations/registry";

// The models page hands in its server actions (components stay below app/).
export type ModelLinkActions = {
  link: ServerAction<TModelSystemLink>;
  unlink: ServerAction<{ modelId: string; systemId: string }>;
};

// Manual mapping, for models whose registry entry has no actlas.system tag.
export function LinkSystemForm({
  modelId,
  modelName,
  link,
}: {
  modelId: string;
  modelName: string;
  link: ModelLinkActions["link"];
}) {
  const t = useTranslations("RegistryModels");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZModelSystemLink,
    action: link,
    defaultValues: { modelId, system: "" },
    onSuccess: () => {
      form.reset({ modelId, system: "" });
      router.refresh();
    },
  });
  const id = `link-${modelId}`;
  const error = fieldError(form, "system") ?? formError ?? undefined;
  const hint = t("linkHint");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-start gap-2"
      aria-label={t("linkFormLabel", { model: modelName })}
    >
      <div className="w-full max-w-sm space-y-1">
        <label htmlFor={id} className="sr-only">
          {t("linkInputLabel", { model: modelName })}
        </label>
        <Input
          id={id}
          placeholder={t("linkPlaceholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          {...form.register("system")}
        />
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("link")}
        <span className="sr-only"> {modelName}</span>
      </Button>
    </form>
  );
}

type UnlinkProps = {
  modelId: string;
  modelName: string;
  system: { id: string; name: string };
  unlink: ModelLinkActions["unlink"];
};

export function UnlinkSystemButton({ modelId, modelName, system, unlink }: UnlinkProps) {
  const t = useTranslations("RegistryModels");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="rounded p-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        aria-label={t("unlinkLabel", { model: modelName, system: system.name })}
        title={t("unlinkTitle", { system: system.name })}
        onClick={() =>
          startTransition(async () => {
            const result = await unlink({ modelId, systemId: system.id });
            setError(result.ok ? null : result.error);
            router.refresh();
          })
        }
      >
        <X aria-hidden="true" className="h-3.5 w-3.5" />
      </button>
      {error && (
        <span role="alert" className="text-sm font-medium text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
