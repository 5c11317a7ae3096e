import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { LegalRecordDTO } from "@/lib/dal/legal-records/legal-records";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

// One word for where a record stands, the same on the hub, the editors and the Overview.
export function RecordStatusBadge({
  record,
  signOff = false,
}: {
  record: Pick<LegalRecordDTO, "complete" | "signedOffAt"> | null;
  signOff?: boolean;
}) {
  const t = useTranslations("LegalRecordStatus");
  if (!record) return <Badge tone="amber">{t("missing")}</Badge>;
  if (signOff && record.signedOffAt) return <Badge tone="green">{t("signedOff")}</Badge>;
  if (record.complete)
    return <Badge tone={signOff ? "blue" : "green"}>{signOff ? t("completeAwaiting") : t("complete")}</Badge>;
  return <Badge tone="neutral">{t("draft")}</Badge>;
}

export function RecordFacts({ record }: { record: LegalRecordDTO | null }) {
  const t = useTranslations("LegalRecordStatus");
  const locale = useLocale() as Locale;
  if (!record) return <p className="text-sm text-slate-600">{t("notStarted")}</p>;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-600">{t("owner")}</dt>
      <dd className="text-slate-900">{record.ownerName ?? t("unassigned")}</dd>
      <dt className="text-slate-600">{t("lastSaved")}</dt>
      <dd className="text-slate-900">{formatDateIn(locale, record.updatedAt)}</dd>
      {record.signedOffAt && (
        <>
          <dt className="text-slate-600">{t("signedOff")}</dt>
          <dd className="text-slate-900">
            {record.signedOffByName ?? t("formerMember")}, {formatDateIn(locale, record.signedOffAt)}
          </dd>
        </>
      )}
    </dl>
  );
}
