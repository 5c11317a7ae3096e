import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DocumentationDTO } from "@/lib/dal/legal-records/legal-records";
import { ANNEX_IV_SECTION_COUNT } from "@/lib/legal/annex-iv";

// The Overview's one line on the written records: only what the law asks of this system is mentioned.
export function DocumentationSummary({ systemId, doc }: { systemId: string; doc: DocumentationDTO }) {
  const t = useTranslations("LegalRecordStatus");
  const parts: string[] = [];
  if (doc.applicability.ANNEX_IV.applies)
    parts.push(t("summaryAnnexIv", { done: doc.annexIvComplete, total: ANNEX_IV_SECTION_COUNT }));
  if (doc.applicability.DEROGATION.applies) {
    parts.push(
      doc.derogation?.signedOffAt
        ? t("summaryDerogationSigned")
        : doc.derogation?.complete
          ? t("summaryDerogationAwaiting")
          : t("summaryDerogationMissing"),
    );
  }
  if (doc.applicability.FRIA.applies)
    parts.push(doc.fria?.complete ? t("summaryFriaComplete") : t("summaryFriaMissing"));
  return (
    <Card>
      <CardHeader title={t("summaryTitle")} />
      <CardBody className="space-y-2 text-sm">
        <p className="text-slate-900">
          {parts.length ? t("summaryLine", { parts: parts.join("; ") }) : t("summaryNone")}
        </p>
        <Link href={`/systems/${systemId}/documentation`} className="font-medium text-indigo-800 underline">
          {t("open")}
        </Link>
      </CardBody>
    </Card>
  );
}
