"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fieldError } from "@/components/forms/form-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select } from "@/components/ui/field";
import { ZVendorSupplyPick, type TVendorSupply, type TVendorSupplyPick } from "@/lib/validations/vendors";

type Option = { id: string; name: string };

// Records that this vendor supplies one more system or model of the organisation: one select, systems and models in
// their own groups.
export function SupplyForm(props: {
  vendorId: string;
  systems: Option[];
  models: Option[];
  link: ServerAction<TVendorSupplyPick>;
}) {
  const t = useTranslations("VendorSupplyForm");
  const router = useRouter();
  const empty = { vendorId: props.vendorId, target: "" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZVendorSupplyPick,
    action: props.link,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      router.refresh();
    },
  });
  if (props.systems.length === 0 && props.models.length === 0) return null;
  const id = "vendor-supply-target";
  const error = fieldError(form, "target");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("label")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <Field id={id} label={t("field")} error={error}>
            <Select
              id={id}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, error)}
              {...form.register("target")}
            >
              <option value="">{t("choose")}</option>
              {props.systems.length > 0 && (
                <optgroup label={t("systems")}>
                  {props.systems.map((s) => (
                    <option key={s.id} value={`system:${s.id}`}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              )}
              {props.models.length > 0 && (
                <optgroup label={t("models")}>
                  {props.models.map((m) => (
                    <option key={m.id} value={`model:${m.id}`}>
                      {m.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </Select>
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}

export function UnlinkButton(props: { input: TVendorSupply; name: string; unlink: ServerAction<TVendorSupply> }) {
  const t = useTranslations("VendorSupplyForm");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1 text-xs"
        disabled={busy}
        aria-label={t("removeNamed", { name: props.name })}
        onClick={async () => {
          setBusy(true);
          const result = await props.unlink(props.input);
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {t("remove")}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
