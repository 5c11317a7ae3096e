"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RegistryConnectionDTO } from "@/lib/dal/integrations/registry-sync";
import {
  intervalOf,
  ZCreateRegistryConnection,
  ZUpdateRegistryConnection,
  type TCreateRegistryConnection,
  type TUpdateRegistryConnection,
} from "@/lib/validations/registry";
import { ConnectionFields } from "./connection-fields";

export function ConnectionForm({ create }: { create: ServerAction<TCreateRegistryConnection> }) {
  const t = useTranslations("RegistryConnection");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateRegistryConnection,
    action: create,
    defaultValues: { name: "", baseUrl: "", authToken: "", syncInterval: "1440" },
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 px-5 py-4" aria-label={t("addLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <ConnectionFields form={form} idPrefix="new-connection" tokenHint={t("newTokenHint")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("add")}
      </Button>
    </form>
  );
}

type EditProps = {
  connection: RegistryConnectionDTO;
  update: ServerAction<TUpdateRegistryConnection>;
  onDone: () => void;
};

export function EditConnectionForm({ connection, update, onDone }: EditProps) {
  const t = useTranslations("RegistryConnection");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZUpdateRegistryConnection,
    action: update,
    defaultValues: {
      connectionId: connection.id,
      name: connection.name,
      baseUrl: connection.baseUrl,
      authToken: "",
      syncInterval: intervalOf(connection.syncIntervalMinutes),
      removeToken: false,
    },
    onSuccess: () => {
      router.refresh();
      onDone();
    },
  });
  const tokenHint = connection.hasToken ? t("tokenStoredHint") : t("tokenHint");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("editLabel", { name: connection.name })}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <ConnectionFields form={form} idPrefix={`edit-${connection.id}`} tokenHint={tokenHint} />
      {connection.hasToken && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...form.register("removeToken")} />
          {t("removeToken")}
        </label>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
