"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/access/permissions";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ZCreateInvitation } from "@/lib/validations/auth";
import { createInvitationAction, revokeInvitationAction } from "./actions";

type Invitation = { id: string; email: string; role: Role; expiresAt: Date; invitedBy: { name: string } };

type Props = { invitations: Invitation[]; canManage: boolean; roles: Record<Role, string> };

export function InvitationsPanel({ invitations, canManage, roles }: Props) {
  const t = useTranslations("Invitations");
  const locale = useLocale() as Locale;
  const [link, setLink] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateInvitation,
    action: createInvitationAction,
    defaultValues: { email: "", role: "COMPLIANCE_OFFICER" },
    onSuccess: (data) => {
      setLink(`${window.location.origin}${data.path}`);
      form.reset();
    },
  });
  const roleError = form.formState.errors.role?.message;
  return (
    <div className="divide-y divide-slate-100">
      {canManage && (
        <form
          onSubmit={onSubmit}
          noValidate
          className="grid gap-4 px-5 py-4 sm:grid-cols-[1fr_14rem_auto] sm:items-start"
        >
          {formError && (
            <div className="sm:col-span-3">
              <Alert tone="error">{formError}</Alert>
            </div>
          )}
          <TextField form={form} name="email" label={t("email")} type="email" />
          <Field id="field-role" label={t("role")} error={roleError}>
            <Select id="field-role" {...form.register("role")}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roles[r]}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" className="sm:mt-7" disabled={form.formState.isSubmitting}>
            {t("submit")}
          </Button>
        </form>
      )}
      {link && (
        <div className="px-5 py-4">
          <Alert tone="success" title={t("createdTitle")}>
            <p>{t("createdBody")}</p>
            <p
              className="mt-2 break-all rounded bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
              data-testid="invitation-link"
            >
              {link}
            </p>
          </Alert>
        </div>
      )}
      {revokeError && (
        <div className="px-5 py-4">
          <Alert tone="error">{revokeError}</Alert>
        </div>
      )}
      {invitations.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span>
                <span className="font-medium text-slate-900">{inv.email}</span>
                <span className="text-slate-600">
                  {" "}
                  ·{" "}
                  {t("meta", {
                    role: roles[inv.role],
                    name: inv.invitedBy.name,
                    date: formatDateIn(locale, inv.expiresAt),
                  })}
                </span>
              </span>
              {canManage && (
                <Button
                  variant="ghost"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const r = await revokeInvitationAction({ invitationId: inv.id });
                      setRevokeError(r.ok ? null : r.error);
                    })
                  }
                >
                  {t("withdraw")}
                  <span className="sr-only"> {t("withdrawFor", { email: inv.email })}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
