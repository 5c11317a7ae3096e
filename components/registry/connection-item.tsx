"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { RegistryConnectionDTO } from "@/lib/dal/integrations/registry-sync";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { SyncStatus } from "@/lib/mlflow/summary";
import { intervalOf, type TUpdateRegistryConnection } from "@/lib/validations/registry";
import { INTERVAL_KEYS } from "./connection-fields";
import { EditConnectionForm } from "./connection-form";
import { SyncSummaryView } from "./sync-summary";

const STATUS_TONES: Record<string, BadgeTone> = { success: "green", partial: "amber", error: "red", running: "blue" };
// SYNC_STATUS_LABELS (lib/mlflow/summary) keeps the English for the audit trail; the badge reads these.
const STATUS_KEYS = {
  success: "statusSuccess",
  partial: "statusPartial",
  error: "statusError",
  running: "statusRunning",
  "": "statusNever",
} as const satisfies Record<SyncStatus | "running" | "", string>;

type ConnectionRef = { connectionId: string };
// The page hands in its server actions (components stay below app/).
export type ConnectionActions = {
  sync: ServerAction<ConnectionRef>;
  update: ServerAction<TUpdateRegistryConnection>;
  remove: ServerAction<ConnectionRef>;
};

export function ConnectionItem({
  connection: c,
  actions,
}: {
  connection: RegistryConnectionDTO;
  actions: ConnectionActions;
}) {
  const t = useTranslations("RegistryConnection");
  const locale = useLocale();
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "edit" | "confirm-delete">("view");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) setError(result.error ?? t("failed"));
      router.refresh();
    });
  const status = (pending && mode === "view" ? "running" : c.lastSyncStatus) as SyncStatus | "running" | "";
  return (
    <li className="space-y-4 px-5 py-5" aria-labelledby={`connection-${c.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`connection-${c.id}`} className="text-base font-semibold text-slate-900">
              {c.name}
            </h3>
            <span role="status">
              <Badge tone={STATUS_TONES[status] ?? "neutral"}>
                {status in STATUS_KEYS ? t(STATUS_KEYS[status]) : status}
              </Badge>
            </span>
          </div>
          <p className="break-all font-mono text-xs text-slate-600">{c.baseUrl}</p>
          <p className="text-sm text-slate-600">
            {t("models", { count: c.modelCount })} · {t(INTERVAL_KEYS[intervalOf(c.syncIntervalMinutes)])} ·{" "}
            {c.hasToken ? t("tokenStored") : t("noToken")} ·{" "}
            {t("lastSync", { when: c.lastSyncAt ? formatDateTimeIn(locale, c.lastSyncAt) : t("never") })}
          </p>
        </div>
        {mode === "view" && (
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => run(() => actions.sync({ connectionId: c.id }))}>
              {pending ? t("syncing") : t("syncNow")}
              <span className="sr-only"> {c.name}</span>
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setMode("edit")}>
              {t("edit")}
              <span className="sr-only"> {c.name}</span>
            </Button>
            <Button variant="ghost" disabled={pending} onClick={() => setMode("confirm-delete")}>
              {t("delete")}
              <span className="sr-only"> {c.name}</span>
            </Button>
          </div>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {mode === "confirm-delete" && (
        <div
          role="group"
          aria-label={t("deleteLabel", { name: c.name })}
          className="flex flex-wrap items-center gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-950"
        >
          <p className="grow">{t("deleteConfirm", { count: c.modelCount })}</p>
          <Button variant="danger" disabled={pending} onClick={() => run(() => actions.remove({ connectionId: c.id }))}>
            {t("deleteConnection")}
          </Button>
          <Button variant="secondary" onClick={() => setMode("view")}>
            {t("keep")}
          </Button>
        </div>
      )}
      {mode === "edit" && <EditConnectionForm connection={c} update={actions.update} onDone={() => setMode("view")} />}
      {mode !== "edit" && c.lastSyncSummary && (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3">
          <SyncSummaryView summary={c.lastSyncSummary} />
        </div>
      )}
    </li>
  );
}
