import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { IncidentDTO } from "@/lib/dal/incidents/incidents";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { IncidentStatusCode } from "@/lib/incidents/labels";
import { ClockBadge } from "./clock-badge";
import { useIncidentLabels } from "./incident-labels";

const STATUS_TONES: Record<IncidentStatusCode, "neutral" | "blue" | "violet" | "green"> = {
  DRAFT: "neutral",
  OPEN: "blue",
  INITIAL_REPORTED: "violet",
  REPORTED: "green",
  CLOSED: "neutral",
};

export function IncidentStatusBadge({ status }: { status: string }) {
  const labels = useIncidentLabels();
  return <Badge tone={STATUS_TONES[status as IncidentStatusCode] ?? "neutral"}>{labels.status(status)}</Badge>;
}

export function IncidentTable({
  incidents,
  now,
  showSystem = true,
}: {
  incidents: IncidentDTO[];
  now: Date;
  showSystem?: boolean;
}) {
  const t = useTranslations("IncidentTable");
  const labels = useIncidentLabels();
  const locale = useLocale();
  return (
    <Table caption={t("caption")}>
      <TableHead>
        <Th className="px-5">{t("incident")}</Th>
        {showSystem && <Th>{t("system")}</Th>}
        <Th>{t("harm")}</Th>
        <Th>{t("status")}</Th>
        <Th>{t("awareSince")}</Th>
        <Th className="px-5">{t("clock")}</Th>
      </TableHead>
      <TableBody>
        {incidents.map((i) => (
          <tr key={i.id} className="align-top hover:bg-slate-50">
            <td className="px-5 py-3">
              <Link
                href={`/incidents/${i.id}`}
                className="font-medium text-indigo-800 underline-offset-2 hover:underline"
              >
                {i.reference}
              </Link>
              <p className="mt-0.5 max-w-xs text-slate-700">{i.title}</p>
            </td>
            {showSystem && (
              <td className="px-3 py-3">
                <Link
                  href={`/systems/${i.systemId}/monitoring`}
                  className="text-slate-800 underline-offset-2 hover:underline"
                >
                  {i.systemName}
                </Link>
              </td>
            )}
            <td className="px-3 py-3 text-slate-700">
              {i.harm ? labels.harm(i.harm) : <span className="text-slate-600">{t("notDetermined")}</span>}
            </td>
            <td className="px-3 py-3">
              <IncidentStatusBadge status={i.status} />
            </td>
            <td className="px-3 py-3 whitespace-nowrap text-slate-700">{formatDateTimeIn(locale, i.awareAt)}</td>
            <td className="px-5 py-3">
              <ClockBadge incident={i} now={now} />
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
