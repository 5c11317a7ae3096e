import { Download, ExternalLink, FileText, Link2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { EvidenceDTO } from "@/lib/dal/obligations/evidence";
import { formatBytes } from "@/lib/evidence/limits";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ruleText } from "@/lib/rules/i18n";
import { EvidenceUploadForm } from "./evidence-upload-form";

export function evidenceDownloadHref(versionId: string): string {
  return `/api/evidence/${versionId}`;
}

// Every version stays listed with its hash, newest first, so an auditor can match a file to what was reviewed.
export function EvidenceList({
  items,
  systemId,
  canWrite,
  showObligation = false,
}: {
  items: EvidenceDTO[];
  systemId: string;
  canWrite: boolean;
  showObligation?: boolean;
}) {
  const t = useTranslations("Evidence");
  const locale = useLocale() as Locale;
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("noEvidence")}</p>;
  return (
    <ul className="space-y-4">
      {items.map((item) => (
        <li
          key={item.id}
          className="rounded-md border border-slate-200"
          aria-label={t("itemLabel", { title: item.title })}
        >
          <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-2.5">
            {item.kind === "FILE" ? (
              <FileText aria-hidden="true" className="h-4 w-4 text-slate-500" />
            ) : (
              <Link2 aria-hidden="true" className="h-4 w-4 text-slate-500" />
            )}
            <span className="font-medium text-slate-900">{item.title}</span>
            {item.kind === "FILE" && <Badge>{t("versionCount", { count: item.versions.length })}</Badge>}
            {showObligation && item.obligation && (
              <span className="text-sm text-slate-600">
                {t("forObligation", {
                  obligation: `${item.obligation.article} · ${ruleText(locale, item.obligation.title)}`,
                })}
              </span>
            )}
          </div>
          {item.kind === "LINK" ? (
            <p className="px-4 py-2.5 text-sm">
              <a
                href={item.url ?? "#"}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center gap-1 break-all text-indigo-800 underline underline-offset-2"
              >
                {item.url}
                <ExternalLink aria-hidden="true" className="h-3.5 w-3.5 shrink-0" />
                <span className="sr-only"> {t("opensInNewTab")}</span>
              </a>
              <span className="ml-2 text-slate-600">
                {t("added", { when: formatDateTimeIn(locale, item.createdAt) })}
              </span>
            </p>
          ) : (
            <VersionTable item={item} />
          )}
          {item.kind === "FILE" && canWrite && (
            <details className="border-t border-slate-100 px-4 py-2.5">
              <summary className="cursor-pointer text-sm font-medium text-indigo-800">{t("uploadNewVersion")}</summary>
              <div className="pt-3">
                <EvidenceUploadForm
                  systemId={systemId}
                  evidenceId={item.id}
                  submitLabel={t("uploadNewVersionButton")}
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

function VersionTable({ item }: { item: EvidenceDTO }) {
  const t = useTranslations("Evidence");
  const locale = useLocale() as Locale;
  return (
    <Table caption={t("versionsOf", { title: item.title })}>
      <TableHead className="border-b-0 font-normal">
        <Th className="px-4 py-2 font-medium">{t("version")}</Th>
        <Th className="px-4 py-2 font-medium">{t("file")}</Th>
        <Th className="px-4 py-2 font-medium">SHA-256</Th>
        <Th className="px-4 py-2 font-medium">{t("uploadedColumn")}</Th>
        <Th className="px-4 py-2 font-medium">
          <span className="sr-only">{t("download")}</span>
        </Th>
      </TableHead>
      <TableBody>
        {item.versions.map((v) => (
          <tr key={v.id}>
            <td className="px-4 py-2 align-top font-medium text-slate-900">v{v.version}</td>
            <td className="px-4 py-2 align-top">
              <span className="break-all text-slate-900">{v.fileName}</span>
              <br />
              <span className="text-xs text-slate-600">{formatBytes(v.sizeBytes)}</span>
            </td>
            <td className="px-4 py-2 align-top">
              <code className="block max-w-[22rem] break-all font-mono text-xs text-slate-800">{v.sha256}</code>
            </td>
            <td className="px-4 py-2 align-top text-slate-700">
              {v.uploadedBy?.name ?? "—"}
              <br />
              <span className="text-xs text-slate-600">{formatDateTimeIn(locale, v.createdAt)}</span>
            </td>
            <td className="px-4 py-2 align-top">
              <a
                href={evidenceDownloadHref(v.id)}
                className="inline-flex items-center gap-1 font-medium text-indigo-800 underline-offset-2 hover:underline"
              >
                <Download aria-hidden="true" className="h-4 w-4" />
                {t("download")}
                <span className="sr-only"> {t("downloadVersionOf", { version: v.version, title: item.title })}</span>
              </a>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
