import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { syncNoteWith, type SyncNote } from "@/lib/mlflow/notes";
import type { SyncCounts, SyncSummary } from "@/lib/mlflow/summary";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type T = ReturnType<typeof useTranslations<"RegistryConnection">>;

function counts(t: T, c: SyncCounts): string {
  const parts = [
    c.created && t("countNew", { count: c.created }),
    c.updated && t("countChanged", { count: c.updated }),
    c.unchanged && t("countUnchanged", { count: c.unchanged }),
    c.removed && t("countRemoved", { count: c.removed }),
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : t("none");
}

const seconds = (locale: Locale, value: number) =>
  value.toLocaleString(locale === "en" ? "en-GB" : locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

// What the last sync did, next to the connection: figures first, then what needs attention.
export function SyncSummaryView({ summary }: { summary: SyncSummary }) {
  const t = useTranslations("RegistryConnection");
  const tNote = useTranslations("RegistrySyncNote");
  const locale = useLocale();
  // A summary written before notes existed has its English only.
  const worded = (notes: SyncNote[], english: string[]) =>
    notes.length === english.length ? notes.map((note) => syncNoteWith(tNote, note)) : english;
  const took = Math.max(0, (new Date(summary.finishedAt).getTime() - new Date(summary.startedAt).getTime()) / 1000);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">
        {t(summary.trigger === "schedule" ? "scheduledAt" : "syncAt", {
          when: formatDateTimeIn(locale, summary.startedAt),
          seconds: seconds(locale, took),
        })}
      </p>
      {summary.status !== "error" && (
        <ul className="space-y-0.5 text-slate-800">
          <li>{t("modelsCounts", { counts: counts(t, summary.models) })}</li>
          <li>{t("versionsCounts", { counts: counts(t, summary.versions) })}</li>
        </ul>
      )}
      {summary.links.length > 0 && (
        <div>
          <p className="font-medium text-slate-900">{t("linkedByTag")}</p>
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
        <Messages
          title={summary.status === "error" ? t("whyFailed") : t("errors")}
          tone="error"
          items={worded(summary.errorNotes, summary.errors)}
        />
      )}
      {summary.warnings.length > 0 && (
        <Messages title={t("warnings")} tone="warning" items={worded(summary.warningNotes, summary.warnings)} />
      )}
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
