"use client";
import { useState, useTransition } from "react";
import { removeSsoDomainAction, addSsoDomainAction } from "@/app/(app)/settings/sso/actions";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import type { SsoDomainDTO } from "@/lib/dal/sso-domains";
import { formatDate } from "@/lib/utils";
import { ZSsoDomain } from "@/lib/validations/sso";

export function SsoDomainsPanel({ domains }: { domains: SsoDomainDTO[] }) {
  const [pending, startTransition] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSsoDomain,
    action: addSsoDomainAction,
    defaultValues: { domain: "", defaultRole: "MANAGER" },
    onSuccess: (): void => {
      form.reset();
    },
  });
  return (
    <div className="divide-y divide-slate-100">
      <form onSubmit={onSubmit} noValidate className="space-y-4 px-5 py-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
          <TextField form={form} name="domain" label="Email domain" hint="For example example.com — everything after the @." />
          <Field id="field-defaultRole" label="Role for new members">
            <Select id="field-defaultRole" {...form.register("defaultRole")}>
              {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>Add domain</Button>
      </form>
      {removeError && <div className="px-5 py-4"><Alert tone="error">{removeError}</Alert></div>}
      {domains.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No domains mapped yet: single sign-on lets in only people who are already members.</p>
      ) : (
        <ul aria-label="Mapped domains" className="divide-y divide-slate-100">
          {domains.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">@{d.domain}</span>
                <Badge tone="blue">{ROLE_LABELS[d.defaultRole]}</Badge>
                <span className="text-slate-600">added {formatDate(d.createdAt)}</span>
              </span>
              <Button variant="ghost" disabled={pending} onClick={() => startTransition(async () => {
                const r = await removeSsoDomainAction({ domainId: d.id });
                setRemoveError(r.ok ? null : r.error);
              })}>
                Remove<span className="sr-only"> domain {d.domain}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
