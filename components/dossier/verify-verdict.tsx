import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { AttestationDTO } from "@/lib/dal/dossiers/dossiers";
import type { VerifiedDossierDTO } from "@/lib/dal/dossiers/verification";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { AttestationList } from "./attestation-list";
import { Sha256 } from "./sha256";

// Dates arrive as JSON strings from the verify endpoint.
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends AttestationDTO[] ? Json<AttestationDTO>[] : T[K];
};
export type VerdictJson =
  | { genuine: true; sha256: string; fileName: string; dossier: Json<VerifiedDossierDTO> }
  | { genuine: false; sha256: string; fileName: string };

export function VerifyVerdict({ verdict }: { verdict: VerdictJson }) {
  const t = useTranslations("DossierVerify");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const fileName = verdict.fileName;
  if (!verdict.genuine) {
    return (
      <Alert tone="error" title={t("notGenuineTitle", { fileName })}>
        <p>{t("notGenuineBody")}</p>
        <dl className="mt-3">
          <Sha256 label={t("uploadedSha256")} value={verdict.sha256} />
        </dl>
      </Alert>
    );
  }
  const d = verdict.dossier;
  const attestations = d.attestations.map((a) => ({ ...a, attestedAt: new Date(a.attestedAt) }));
  const version = String(d.version);
  // The seal stores these two rule-set ids as words (no classification; the portfolio report), not as ids.
  const ruleSet =
    d.ruleSetId === "none" ? t("ruleSetNone") : d.ruleSetId === "portfolio" ? t("ruleSetPortfolio") : d.ruleSetId;
  return (
    <div
      role="status"
      className="space-y-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
    >
      <p className="font-semibold">
        {d.systemId ? t("genuineDossier", { fileName }) : t("genuineReport", { fileName })}
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {d.systemId ? (
          <>
            <dt className="font-medium">{t("aiSystem")}</dt>
            <dd>
              <Link href={`/systems/${d.systemId}/dossier`} className="font-medium text-indigo-800 underline">
                {d.systemName}
              </Link>
            </dd>
          </>
        ) : (
          <>
            <dt className="font-medium">{t("report")}</dt>
            <dd>
              <Link href="/reports#portfolio" className="font-medium text-indigo-800 underline">
                {t("portfolioReport")}
              </Link>
            </dd>
          </>
        )}
        <dt className="font-medium">{t("version")}</dt>
        <dd>{d.finality === "DRAFT" ? t("versionDraft", { version }) : t("versionFinal", { version })}</dd>
        <dt className="font-medium">{t("exported")}</dt>
        <dd>
          {t("exportedBy", {
            at: formatDateTimeIn(locale, d.createdAt),
            by: d.createdByName ?? t("formerMember"),
          })}
        </dd>
        <dt className="font-medium">{t("ruleSet")}</dt>
        <dd>{ruleSet}</dd>
      </dl>
      <dl className="grid gap-2">
        <Sha256 label={t("pdfSha256")} value={d.pdfSha256} />
        <Sha256 label={t("snapshotSha256")} value={d.snapshotSha256} />
      </dl>
      <div className="space-y-2">
        <p className="font-medium">{t("attestations")}</p>
        <AttestationList attestations={attestations} />
      </div>
    </div>
  );
}
