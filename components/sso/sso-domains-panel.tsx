"use client";
import { useTranslations } from "next-intl";
import type { ServerAction } from "@/components/forms/server-action";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/access/permissions";
import type { SsoDomainDTO } from "@/lib/dal/sso/sso-domains";
import { ZSsoDomain, type TSsoDomain } from "@/lib/validations/sso";
import { SsoDomainItem, type SsoDomainActions } from "./sso-domain-item";

// The page hands in its server actions (components stay below app/).
type Props = {
  domains: SsoDomainDTO[];
  actions: SsoDomainActions & { add: ServerAction<TSsoDomain> };
  roles: Record<Role, string>;
};

export function SsoDomainsPanel({ domains, actions, roles }: Props) {
  const t = useTranslations("SsoDomains");
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSsoDomain,
    action: actions.add,
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
          <TextField form={form} name="domain" label={t("domain")} hint={t("domainHint")} />
          <Field id="field-defaultRole" label={t("role")}>
            <Select id="field-defaultRole" {...form.register("defaultRole")}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roles[role]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("add")}
        </Button>
      </form>
      {domains.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-slate-100">
          {domains.map((d) => (
            <SsoDomainItem key={d.id} domain={d} actions={actions} roles={roles} />
          ))}
        </ul>
      )}
    </div>
  );
}
