"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { InputField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PACK_LINK_DEFAULT_DAYS, ZCreatePackLink, type TCreatePackLink } from "@/lib/validations/deployer-pack";

type Props = {
  systemId: string;
  create: ServerAction<TCreatePackLink, { token: string }>;
};

// The link's secret is shown once, right after it is made: only its hash is kept.
export function PackLinkForm({ systemId, create }: Props) {
  const t = useTranslations("DeployerPackLinks");
  const router = useRouter();
  const [made, setMade] = useState<{ url: string; label: string } | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreatePackLink,
    action: create,
    defaultValues: { systemId, label: "", expiresInDays: String(PACK_LINK_DEFAULT_DAYS), followLatest: true },
    onSuccess: (data, input) => {
      setMade({ url: `${window.location.origin}/pack/${data.token}`, label: input.label });
      form.reset({ systemId, label: "", expiresInDays: String(PACK_LINK_DEFAULT_DAYS), followLatest: true });
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
          <InputField form={form} name="label" label={t("customer")} required hint={t("customerHint")} />
          <InputField form={form} name="expiresInDays" type="number" className="w-28" label={t("validDays")} />
        </div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-0.5 h-4 w-4 accent-indigo-700" {...form.register("followLatest")} />
          <span>
            {t("followLatest")}
            <span className="block text-slate-600">{t("followLatestHint")}</span>
          </span>
        </label>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("making") : t("make")}
        </Button>
      </form>
      {made && (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          <p className="font-medium">{t("madeFor", { customer: made.label })}</p>
          <label htmlFor="pack-link-url" className="sr-only">
            {t("linkFor", { customer: made.label })}
          </label>
          <input
            id="pack-link-url"
            readOnly
            value={made.url}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded border border-green-300 bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
          />
        </div>
      )}
    </div>
  );
}
