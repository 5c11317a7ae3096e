"use client";
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
          <InputField
            form={form}
            name="label"
            label="Customer"
            required
            hint="Who this link is for, as you will recognise it in the list."
          />
          <InputField form={form} name="expiresInDays" type="number" className="w-28" label="Valid for (days)" />
        </div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-0.5 h-4 w-4 accent-indigo-700" {...form.register("followLatest")} />
          <span>
            Show the latest version
            <span className="block text-slate-600">
              Otherwise the link keeps showing the version published today, whatever you publish later.
            </span>
          </span>
        </label>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Making the link…" : "Make a link"}
        </Button>
      </form>
      {made && (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          <p className="font-medium">Link for {made.label}. Copy it now: it is not shown again.</p>
          <label htmlFor="pack-link-url" className="sr-only">
            Link for {made.label}
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
