"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CATALOGUE_ITEMS, type RequestItemKind } from "@/lib/vendors/catalogue";
import { useItemTitle } from "@/lib/vendors/item-keys";
import { LINK_DAYS_DEFAULT, ZCreateVendorRequest, type TCreateVendorRequest } from "@/lib/validations/vendors";

type Created = { requestId: string; path: string };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// The request to a vendor: the items pre-chosen from the system's tier and role, a due date and how long the link
// works. On success the link is shown once, to copy into an e-mail to the vendor.
export function VendorRequestForm(props: {
  systemId: string;
  vendors: { id: string; name: string; supplies: boolean }[];
  defaultVendorId: string;
  preselected: RequestItemKind[];
  create: ServerAction<TCreateVendorRequest, Created>;
}) {
  const t = useTranslations("VendorRequestForm");
  const titleOf = useItemTitle();
  const choices = CATALOGUE_ITEMS.map((i) => ({
    value: i.kind,
    label: i.article ? `${titleOf(i.kind)} (${i.article})` : titleOf(i.kind),
    description: i.kind === "question" ? t("writeBelow") : undefined,
  }));
  const [created, setCreated] = useState<Created | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateVendorRequest,
    action: props.create,
    defaultValues: {
      systemId: props.systemId,
      vendorId: props.defaultVendorId,
      kinds: props.preselected,
      question: "",
      message: "",
      dueDate: inDays(14),
      linkDays: LINK_DAYS_DEFAULT,
    },
    onSuccess: (data) => setCreated(data),
  });
  const asking = (form.watch("kinds") ?? []).includes("question");
  if (created) {
    const url = `${window.location.origin}${created.path}`;
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("created")}>
          {t("createdBody")}
        </Alert>
        <label className="block text-sm font-medium text-slate-900" htmlFor="vendor-link">
          {t("linkLabel")}
        </label>
        <input
          id="vendor-link"
          readOnly
          value={url}
          className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="secondary" onClick={() => navigator.clipboard?.writeText(url)}>
            {t("copy")}
          </Button>
          <Link
            href={`/vendors/requests/${created.requestId}`}
            className="self-center text-sm font-medium text-indigo-700 underline"
          >
            {t("open")}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <SelectField
        form={form}
        name="vendorId"
        label={t("vendor")}
        required
        placeholder={t("chooseVendor")}
        options={props.vendors.map((v) => [v.id, v.supplies ? t("supplies", { name: v.name }) : v.name] as const)}
      />
      <CheckboxGroupField
        form={form}
        name="kinds"
        legend={t("whatToAsk")}
        hint={t("whatToAskHint")}
        choices={choices}
        required
      />
      {asking && <TextareaField form={form} name="question" label={t("question")} rows={3} required />}
      <TextareaField form={form} name="message" label={t("message")} rows={3} />
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField form={form} name="dueDate" label={t("dueDate")} type="date" required />
        <InputField form={form} name="linkDays" label={t("linkDays")} type="number" hint={t("linkDaysHint")} required />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
