import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ModelVersionDTO } from "@/lib/dal/integrations/registry-sync-models";
import { formatDateIn } from "@/lib/i18n/format";

function stageTone(stage: string): BadgeTone {
  if (stage === "Production") return "green";
  if (stage === "Staging") return "blue";
  if (stage.startsWith("@")) return "violet";
  return "neutral";
}

const TAGS = { en: "en-GB", de: "de-DE", fr: "fr-FR" } as const;
const metrics = Object.fromEntries(
  Object.entries(TAGS).map(([locale, tag]) => [locale, new Intl.NumberFormat(tag, { maximumSignificantDigits: 4 })]),
) as Record<keyof typeof TAGS, Intl.NumberFormat>;

export function VersionsTable({ modelName, versions }: { modelName: string; versions: ModelVersionDTO[] }) {
  const t = useTranslations("RegistryModels");
  const locale = useLocale();
  const metric = metrics[locale];
  if (versions.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noVersions")}</p>;
  return (
    <Table caption={t("versionsOf", { model: modelName })}>
      <TableHead className="border-b-0 font-normal">
        <Th className="px-5 py-2 font-medium">{t("version")}</Th>
        <Th className="px-3 py-2 font-medium">{t("stage")}</Th>
        <Th className="px-3 py-2 font-medium">{t("metrics")}</Th>
        <Th className="px-3 py-2 font-medium">{t("datasets")}</Th>
        <Th className="px-5 py-2 font-medium">{t("runSynced")}</Th>
      </TableHead>
      <TableBody className="align-top">
        {versions.map((v) => (
          <tr key={v.id} className={v.removedAt ? "bg-slate-50/60" : undefined}>
            <Th scope="row" className="whitespace-nowrap px-5 py-3 font-semibold text-slate-900">
              v{v.version}
            </Th>
            <td className="px-3 py-3">
              <div className="flex flex-wrap gap-1">
                {v.stage ? (
                  <Badge tone={stageTone(v.stage)}>{v.stage}</Badge>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
                {v.removedAt && (
                  <Badge tone="red" title={t("notSince", { date: formatDateIn(locale, v.removedAt) })}>
                    {t("noLongerInRegistry")}
                  </Badge>
                )}
              </div>
            </td>
            <td className="px-3 py-3">
              {Object.keys(v.metrics).length === 0 ? (
                <span className="text-slate-500">—</span>
              ) : (
                <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5 text-xs">
                  {Object.entries(v.metrics).map(([key, value]) => (
                    <div key={key} className="contents">
                      <dt className="font-mono text-slate-600">{key}</dt>
                      <dd className="text-right font-mono tabular-nums text-slate-900">{metric.format(value)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
            <td className="max-w-xs px-3 py-3 text-xs text-slate-700">
              {v.datasetRefs.length === 0 ? (
                <span className="text-slate-500">—</span>
              ) : (
                <ul className="space-y-1">
                  {v.datasetRefs.map((d) => (
                    <li key={d} className="break-all">
                      {d}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="whitespace-nowrap px-5 py-3 text-xs text-slate-600">
              {v.registryRunId ? (
                <code className="font-mono" title={v.registryRunId}>
                  {v.registryRunId.slice(0, 8)}
                </code>
              ) : (
                t("manual")
              )}
              <span className="block">{v.syncedAt ? formatDateIn(locale, v.syncedAt) : t("notSynced")}</span>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
