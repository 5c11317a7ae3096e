"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZVendorSupply, type TVendorSupply } from "@/lib/validations/vendors";

type Option = { id: string; name: string };

// Records that this vendor supplies one more system or model of the organisation.
export function SupplyForm(props: {
  vendorId: string;
  kind: "system" | "model";
  options: Option[];
  link: ServerAction<TVendorSupply>;
}) {
  const router = useRouter();
  const noun = props.kind === "system" ? "an AI system" : "a model";
  const { form, onSubmit, formError } = useActionForm({
    schema: ZVendorSupply,
    action: props.link,
    defaultValues: { vendorId: props.vendorId, kind: props.kind, targetId: "" },
    onSuccess: () => {
      form.reset({ vendorId: props.vendorId, kind: props.kind, targetId: "" });
      router.refresh();
    },
  });
  if (props.options.length === 0) return null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-3"
      aria-label={`Add ${noun} this vendor supplies`}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="min-w-0 flex-1 basis-56">
        <SelectField
          form={form}
          name="targetId"
          label={`Add ${noun}`}
          placeholder={`Choose ${noun}`}
          options={props.options.map((o) => [o.id, o.name] as const)}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Add
      </Button>
    </form>
  );
}

export function UnlinkButton(props: { input: TVendorSupply; name: string; unlink: ServerAction<TVendorSupply> }) {
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
        aria-label={`Remove ${props.name}`}
        onClick={async () => {
          setBusy(true);
          const result = await props.unlink(props.input);
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        Remove
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
