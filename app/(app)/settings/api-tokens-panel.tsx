"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { Role } from "@/lib/access/permissions";
import type { ApiTokenDTO, TokenOrphan } from "@/lib/dal/integrations/api-tokens";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { API_SCOPES, ZCreateApiToken, type ApiScope } from "@/lib/validations/api-token";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

// API_SCOPE_LABELS (lib/validations/api-token) keeps the English for the API documentation.
const SCOPE_KEY = {
  read: "scopeRead",
  "systems:write": "scopeSystemsWrite",
  "evidence:write": "scopeEvidenceWrite",
  gate: "scopeGate",
} as const satisfies Record<ApiScope, string>;

type Props = { tokens: ApiTokenDTO[]; roles: Record<Role, string> };

export function ApiTokensPanel({ tokens, roles }: Props) {
  const t = useTranslations("ApiTokens");
  const locale = useLocale() as Locale;
  const date = (value: Date | string) => formatDateIn(locale, value);
  // A token acts for its creator and stops when they may no longer grant its scopes: say why, and what to do.
  const orphanText = (orphan: TokenOrphan) =>
    t("orphaned", {
      why:
        orphan.reason === "removed"
          ? t("creatorRemoved")
          : t("creatorRole", { role: roles[orphan.role], scopes: orphan.scopes.join(", ") }),
    });
  const [token, setToken] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateApiToken,
    action: createApiTokenAction,
    defaultValues: { name: "", scopes: ["read"], lifetime: "90" },
    onSuccess: (data) => {
      setToken(data.token);
      form.reset();
    },
  });
  const scopeError = form.formState.errors.scopes?.message;
  return (
    <div className="divide-y divide-slate-100">
      <form onSubmit={onSubmit} noValidate className="space-y-4 px-5 py-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <TextField form={form} name="name" label={t("name")} hint={t("nameHint")} />
          <Field id="field-lifetime" label={t("validFor")}>
            <Select id="field-lifetime" {...form.register("lifetime")}>
              <option value="30">{t("days30")}</option>
              <option value="90">{t("days90")}</option>
              <option value="365">{t("year1")}</option>
              <option value="never">{t("noExpiry")}</option>
            </Select>
          </Field>
        </div>
        <fieldset aria-describedby={scopeError ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("scopes")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {API_SCOPES.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  value={scope}
                  className="mt-0.5 h-4 w-4 accent-indigo-700"
                  {...form.register("scopes")}
                />
                <span>
                  <code className="font-mono text-xs">{scope}</code> — {t(SCOPE_KEY[scope])}
                </span>
              </label>
            ))}
          </div>
          {scopeError && (
            <p id="scopes-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {scopeError}
            </p>
          )}
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("create")}
        </Button>
      </form>
      {token && (
        <div className="px-5 py-4">
          <Alert tone="success" title={t("createdTitle")}>
            <p>{t("createdBody")}</p>
            <p
              className="mt-2 break-all rounded bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
              data-testid="api-token"
            >
              {token}
            </p>
          </Alert>
        </div>
      )}
      {revokeError && (
        <div className="px-5 py-4">
          <Alert tone="error">{revokeError}</Alert>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tokens.map((apiToken) => (
            <li key={apiToken.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span className="space-y-1">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{apiToken.name}</span>
                  <code className="font-mono text-xs text-slate-600">{`actlas_${apiToken.prefix}_…`}</code>
                  {apiToken.revokedAt ? (
                    <Badge tone="red">{t("revoked")}</Badge>
                  ) : apiToken.expiresAt && new Date(apiToken.expiresAt) < new Date() ? (
                    <Badge tone="amber">{t("expired")}</Badge>
                  ) : apiToken.orphaned ? (
                    <Badge tone="red">{t("notWorking")}</Badge>
                  ) : (
                    <Badge tone="green">{t("active")}</Badge>
                  )}
                </span>
                <span className="block text-slate-600">
                  {t("meta", {
                    scopes: apiToken.scopes.join(", "),
                    name: apiToken.createdBy,
                    created: date(apiToken.createdAt),
                    expires: apiToken.expiresAt ? date(apiToken.expiresAt) : t("never"),
                    used: apiToken.lastUsedAt ? date(apiToken.lastUsedAt) : t("never"),
                  })}
                </span>
                {!apiToken.revokedAt && apiToken.orphaned && (
                  <span className="block font-medium text-red-700">{orphanText(apiToken.orphaned)}</span>
                )}
              </span>
              {!apiToken.revokedAt && (
                <Button
                  variant="ghost"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const r = await revokeApiTokenAction({ tokenId: apiToken.id });
                      setRevokeError(r.ok ? null : r.error);
                    })
                  }
                >
                  {t("revoke")}
                  <span className="sr-only"> {t("revokeToken", { name: apiToken.name })}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
