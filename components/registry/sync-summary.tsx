import Link from "next/link";
import type { SyncCounts, SyncSummary } from "@/lib/mlflow/summary";
import { formatDateTime } from "@/lib/utils";

function counts(label: string, c: SyncCounts): string {
  const parts = [
    c.created && `${c.created} new`,
    c.updated && `${c.updated} changed`,
    c.unchanged && `${c.unchanged} unchanged`,
    c.removed && `${c.removed} no longer in the registry`,
  ].filter(Boolean);
  return `${label}: ${parts.length ? parts.join(", ") : "none"}`;
}

// What the last sync did, next to the connection: figures first, then what needs attention.
export function SyncSummaryView({ summary }: { summary: SyncSummary }) {
  const seconds = Math.max(0, (new Date(summary.finishedAt).getTime() - new Date(summary.startedAt).getTime()) / 1000);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">
        {summary.trigger === "schedule" ? "Scheduled sync" : "Sync"} at {formatDateTime(summary.startedAt)}, took{" "}
        {seconds.toFixed(1)} s.
      </p>
      {summary.status !== "error" && (
        <ul className="space-y-0.5 text-slate-800">
          <li>{counts("Models", summary.models)}</li>
          <li>{counts("Versions", summary.versions)}</li>
        </ul>
      )}
      {summary.links.length > 0 && (
        <div>
          <p className="font-medium text-slate-900">Linked to AI systems by tag</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-800">
            {summary.links.map((l) => (
              <li key={`${l.model}-${l.systemId}`}>
                <span className="font-mono text-xs">{l.model}</span> →{" "}
                <Link
                  href={`/systems/${l.systemId}`}
                  className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
                >
                  {l.system}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.errors.length > 0 && (
        <Messages title={summary.status === "error" ? "Why it failed" : "Errors"} tone="error" items={summary.errors} />
      )}
      {summary.warnings.length > 0 && <Messages title="Warnings" tone="warning" items={summary.warnings} />}
    </div>
  );
}

function Messages({ title, tone, items }: { title: string; tone: "error" | "warning"; items: string[] }) {
  const box =
    tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-950";
  return (
    <div className={`rounded-md border px-3 py-2 ${box}`}>
      <p className="font-medium">{title}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words">
        {items.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
