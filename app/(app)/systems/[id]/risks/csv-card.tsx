import { useTranslations } from "next-intl";
import { ImportRisksForm } from "@/components/risks/import-risks-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { importRisksAction } from "./csv-actions";

const LINK = "text-sm font-medium text-indigo-800 underline";

// The register as a spreadsheet: everyone who sees it can download it; people who record risks can import a file.
export function RiskCsvCard({ systemId, canImport }: { systemId: string; canImport: boolean }) {
  const t = useTranslations("SystemRisks");
  return (
    <Card id="risk-csv">
      <CardHeader title={t("spreadsheet")} description={t("spreadsheetDescription")} />
      <CardBody className="space-y-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a className={LINK} href={`/systems/${systemId}/risks/export`} download>
              {t("downloadCsv")}
            </a>
          </li>
          <li>
            <a className={LINK} href="/risks/export" download>
              {t("downloadAll")}
            </a>
          </li>
        </ul>
        {canImport && (
          <div className="border-t border-slate-200 pt-4">
            <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("importTitle")}</h3>
            <ImportRisksForm systemId={systemId} importRisks={importRisksAction} />
          </div>
        )}
      </CardBody>
    </Card>
  );
}
