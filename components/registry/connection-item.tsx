"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { RegistryConnectionDTO } from "@/lib/dal/integrations/registry-sync";
import { SYNC_STATUS_LABELS, type SyncStatus } from "@/lib/mlflow/summary";
import { formatDateTime } from "@/lib/utils";
import { intervalOf, SYNC_INTERVAL_LABELS, type TUpdateRegistryConnection } from "@/lib/validations/registry";
import { EditConnectionForm } from "./connection-form";
import { SyncSummaryView } from "./sync-summary";
import { countPhrase } from "@/lib/plural";

const STATUS_TONES: Record<string, BadgeTone> = { success: "green", partial: "amber", error: "red", running: "blue" };

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
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "edit" | "confirm-delete">("view");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) setError(result.error ?? "That did not work.");
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
              <Badge tone={STATUS_TONES[status] ?? "neutral"}>{SYNC_STATUS_LABELS[status] ?? status}</Badge>
            </span>
          </div>
          <p className="break-all font-mono text-xs text-slate-600">{c.baseUrl}</p>
          <p className="text-sm text-slate-600">
            {countPhrase(c.modelCount, "model")} · {SYNC_INTERVAL_LABELS[intervalOf(c.syncIntervalMinutes)]} ·{" "}
            {c.hasToken ? "access token stored" : "no access token"} · last sync{" "}
            {c.lastSyncAt ? formatDateTime(c.lastSyncAt) : "never"}
          </p>
        </div>
        {mode === "view" && (
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => run(() => actions.sync({ connectionId: c.id }))}>
              {pending ? "Syncing…" : "Sync now"}
              <span className="sr-only"> {c.name}</span>
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setMode("edit")}>
              Edit<span className="sr-only"> {c.name}</span>
            </Button>
            <Button variant="ghost" disabled={pending} onClick={() => setMode("confirm-delete")}>
              Delete<span className="sr-only"> {c.name}</span>
            </Button>
          </div>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {mode === "confirm-delete" && (
        <div
          role="group"
          aria-label={`Delete ${c.name}`}
          className="flex flex-wrap items-center gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-950"
        >
          <p className="grow">
            Delete this connection? Its {c.modelCount} models stay, with their versions and links to AI systems, but no
            longer sync.
          </p>
          <Button variant="danger" disabled={pending} onClick={() => run(() => actions.remove({ connectionId: c.id }))}>
            Delete connection
          </Button>
          <Button variant="secondary" onClick={() => setMode("view")}>
            Keep it
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
