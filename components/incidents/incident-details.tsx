import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { IncidentDTO } from "@/lib/dal/incidents/incidents";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { HARM_ARTICLES, type IncidentHarmCode } from "@/lib/incidents/labels";
import { useIncidentLabels } from "./incident-labels";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[13rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function IncidentDetails({ incident: i }: { incident: IncidentDTO }) {
  const t = useTranslations("IncidentDetails");
  const labels = useIncidentLabels();
  const locale = useLocale();
  const at = (value: Date | string | null) => formatDateTimeIn(locale, value);
  const orMissing = (text: string) => text || <span className="text-slate-600">{t("notRecorded")}</span>;
  const harm = i.harm as IncidentHarmCode | null;
  return (
    <dl className="divide-y divide-slate-100 px-5">
      <Row label={t("system")}>
        <Link href={`/systems/${i.systemId}/monitoring`} className="font-medium text-indigo-800 underline">
          {i.systemName}
        </Link>
      </Row>
      <Row label={t("harm")}>
        {harm ? (
          <>
            {labels.harm(harm)} <span className="text-slate-600">({HARM_ARTICLES[harm]})</span>
          </>
        ) : (
          orMissing("")
        )}
      </Row>
      <Row label={t("occurred")}>{at(i.occurredAt)}</Row>
      <Row label={t("aware")}>{at(i.awareAt)}</Row>
      <Row label={t("description")}>{orMissing(i.description)}</Row>
      <Row label={t("affectedPersons")}>{orMissing(i.affectedPersons)}</Row>
      <Row label={t("correctiveActions")}>{orMissing(i.correctiveActions)}</Row>
      <Row label={t("memberStateAuthority")}>
        {[i.memberState, i.authority].filter(Boolean).join(" · ") || orMissing("")}
      </Row>
      <Row label={t("recorded")}>
        {at(i.createdAt)}
        {i.createdByName ? ` ${t("by", { name: i.createdByName })}` : ""}
        {i.sourceEventId ? ` · ${t("fromBreach")}` : ""}
      </Row>
    </dl>
  );
}
