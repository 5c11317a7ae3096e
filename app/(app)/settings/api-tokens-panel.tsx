"use client";
import { useState, useTransition } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { ROLE_LABELS } from "@/lib/access/permissions";
import type { ApiTokenDTO, TokenOrphan } from "@/lib/dal/integrations/api-tokens";
import { formatDate } from "@/lib/utils";
import { API_SCOPE_LABELS, API_SCOPES, ZCreateApiToken } from "@/lib/validations/api-token";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

// A token acts for its creator and stops when they may no longer grant its scopes: say why, and what to do.
function orphanText(orphan: TokenOrphan): string {
  const why =
    orphan.reason === "removed"
      ? "Creator removed from the organisation"
      : `Creator's role (${ROLE_LABELS[orphan.role]}) can no longer grant scope ${orphan.scopes.join(", ")}`;
  return `${why}: every call is refused. Revoke it and create a replacement.`;
}

export function ApiTokensPanel({ tokens }: { tokens: ApiTokenDTO[] }) {
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
          <TextField
            form={form}
            name="name"
            label="Token name"
            hint="Name it after what uses it, e.g. “MLflow sync” or “CI gate”."
          />
          <Field id="field-lifetime" label="Valid for">
            <Select id="field-lifetime" {...form.register("lifetime")}>
              <option value="30">30 days</option>
              <option value="90">90 days</option>
              <option value="365">1 year</option>
              <option value="never">No expiry</option>
            </Select>
          </Field>
        </div>
        <fieldset aria-describedby={scopeError ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Scopes</legend>
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
                  <code className="font-mono text-xs">{scope}</code> — {API_SCOPE_LABELS[scope]}
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
          Create token
        </Button>
      </form>
      {token && (
        <div className="px-5 py-4">
          <Alert tone="success" title="Token created">
            <p>Copy it now: it is shown only once and stored only as a hash.</p>
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
        <p className="px-5 py-4 text-sm text-slate-600">No API tokens yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tokens.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
              <span className="space-y-1">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{t.name}</span>
                  <code className="font-mono text-xs text-slate-600">actlas_{t.prefix}_…</code>
                  {t.revokedAt ? (
                    <Badge tone="red">Revoked</Badge>
                  ) : t.expiresAt && new Date(t.expiresAt) < new Date() ? (
                    <Badge tone="amber">Expired</Badge>
                  ) : t.orphaned ? (
                    <Badge tone="red">Not working</Badge>
                  ) : (
                    <Badge tone="green">Active</Badge>
                  )}
                </span>
                <span className="block text-slate-600">
                  {t.scopes.join(", ")} · created by {t.createdBy} on {formatDate(t.createdAt)} · expires{" "}
                  {t.expiresAt ? formatDate(t.expiresAt) : "never"} · last used{" "}
                  {t.lastUsedAt ? formatDate(t.lastUsedAt) : "never"}
                </span>
                {!t.revokedAt && t.orphaned && (
                  <span className="block font-medium text-red-700">{orphanText(t.orphaned)}</span>
                )}
              </span>
              {!t.revokedAt && (
                <Button
                  variant="ghost"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const r = await revokeApiTokenAction({ tokenId: t.id });
                      setRevokeError(r.ok ? null : r.error);
                    })
                  }
                >
                  Revoke<span className="sr-only"> token {t.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
