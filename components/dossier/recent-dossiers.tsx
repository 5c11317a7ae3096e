import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { RecentDossierDTO } from "@/lib/dal/dossiers/verification";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

// Cells sit flush left, like the rest of the Reports card.
const head = "px-0 py-2 pr-4 font-medium";

export function RecentDossiers({ dossiers }: { dossiers: RecentDossierDTO[] }) {
  const t = useTranslations("DossierRecent");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  if (dossiers.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <Table caption={t("caption")}>
      <TableHead className="bg-transparent font-normal">
        <Th className={head}>{t("aiSystem")}</Th>
        <Th className={head}>{t("version")}</Th>
        <Th className={head}>{t("exported")}</Th>
        <Th className={head}>{t("attestation")}</Th>
        <Th className="px-0 py-2 font-medium">{t("pdfSha256")}</Th>
      </TableHead>
      <TableBody>
        {dossiers.map((d) => (
          <tr key={d.id}>
            <td className="py-2 pr-4">
              <Link href={`/systems/${d.systemId}/dossier`} className="font-medium text-indigo-800 hover:underline">
                {d.systemName}
              </Link>
            </td>
            <td className="py-2 pr-4 whitespace-nowrap">
              <span className="tabular-nums">v{d.version}</span>{" "}
              {d.finality === "DRAFT" ? (
                <Badge tone="amber">{t("draft")}</Badge>
              ) : (
                <Badge tone="violet">{t("final")}</Badge>
              )}
            </td>
            <td className="py-2 pr-4 text-slate-700">
              {formatDateTimeIn(locale, d.createdAt)}
              <span className="block text-xs text-slate-600">{d.createdByName ?? t("formerMember")}</span>
            </td>
            <td className="py-2 pr-4">
              {d.finality === "DRAFT" ? (
                <span className="text-sm text-slate-600">{t("notAttestable")}</span>
              ) : d.attestations.length ? (
                <Badge tone="green">{t("attested")}</Badge>
              ) : (
                <Badge>{t("notAttested")}</Badge>
              )}
            </td>
            <td className="py-2 font-mono text-xs text-slate-700" title={d.pdfSha256}>
              {d.pdfSha256.slice(0, 16)}…
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
