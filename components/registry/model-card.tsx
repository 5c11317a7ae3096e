import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ModelDTO } from "@/lib/dal/integrations/registry-sync-models";
import { SYSTEM_TAG } from "@/lib/mlflow/mapping";
import { formatDateIn } from "@/lib/i18n/format";
import { LinkSystemForm, UnlinkSystemButton, type ModelLinkActions } from "./link-system";
import { VersionsTable } from "./versions-table";

// links: the page's link/unlink actions, or null for someone who may not change the mapping.
export function ModelCard({ model: m, links }: { model: ModelDTO; links: ModelLinkActions | null }) {
  const t = useTranslations("RegistryModels");
  const locale = useLocale();
  const mono = (chunks: ReactNode) => <span className="font-mono">{chunks}</span>;
  const tags = Object.entries(m.tags).filter(([key]) => key !== SYSTEM_TAG);
  return (
    <Card aria-labelledby={`model-${m.id}`}>
      <div className="space-y-3 border-b border-slate-200 px-5 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`model-${m.id}`} className="font-mono text-base font-semibold text-slate-900">
            {m.name}
          </h2>
          <SourceBadge model={m} />
          {m.removedAt && <Badge tone="red">{t("notSince", { date: formatDateIn(locale, m.removedAt) })}</Badge>}
        </div>
        {m.description && <p className="text-sm text-slate-700">{m.description}</p>}
        {m.connection && (
          <p className="break-all text-xs text-slate-600">
            {t.rich("registeredAt", { code: mono, name: m.registryName ?? "", url: m.connection.baseUrl })}
          </p>
        )}
        {!m.connection && m.registryName && (
          <p className="text-xs text-slate-600">{t.rich("registryName", { code: mono, name: m.registryName })}</p>
        )}
        {tags.length > 0 && (
          <ul aria-label={t("tags")} className="flex flex-wrap gap-1.5">
            {tags.map(([key, value]) => (
              <li key={key} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                {key}={value}
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          <span className="font-medium text-slate-800">{t("systems")}</span>
          {m.systems.length === 0 && <span className="text-slate-600">{t("notLinked")}</span>}
          {m.systems.map((s) => (
            <span key={s.id} className="inline-flex items-center gap-1">
              <Link
                href={`/systems/${s.id}`}
                className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
              >
                {s.name}
              </Link>
              {links && <UnlinkSystemButton modelId={m.id} modelName={m.name} system={s} unlink={links.unlink} />}
            </span>
          ))}
        </div>
        {links && (
          <details className="group">
            <summary className="w-fit cursor-pointer rounded text-sm font-medium text-indigo-700 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
              {t("linkTo")}
              <span className="sr-only"> ({m.name})</span>
            </summary>
            <div className="mt-2">
              <LinkSystemForm modelId={m.id} modelName={m.name} link={links.link} />
            </div>
          </details>
        )}
      </div>
      <VersionsTable modelName={m.name} versions={m.versions} />
    </Card>
  );
}

// Synced versions whose connection was deleted keep their sync date; everything else was typed in on an intake form.
function SourceBadge({ model: m }: { model: ModelDTO }) {
  const t = useTranslations("RegistryModels");
  if (m.connection) return <Badge tone="blue">{`MLflow · ${m.connection.name}`}</Badge>;
  if (m.versions.some((v) => v.syncedAt)) return <Badge>{t("syncedEarlier")}</Badge>;
  return <Badge>{t("enteredOnIntake")}</Badge>;
}
