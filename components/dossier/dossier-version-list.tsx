import { Download } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { DossierVersionDTO } from "@/lib/dal/dossiers/dossiers";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { AttestationList } from "./attestation-list";
import { AttestForm } from "./attest-form";
import { Sha256 } from "./sha256";

type Props = {
  systemId: string;
  versions: DossierVersionDTO[];
  viewer: { userId: string; name: string; canAttest: boolean };
  attestAction: ComponentProps<typeof AttestForm>["action"];
};

export function DossierVersionList({ systemId, versions, viewer, attestAction }: Props) {
  const t = useTranslations("DossierVersions");
  const languageName = useTranslations("LanguageName");
  const locale = useLocale();
  if (versions.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="divide-y divide-slate-200" aria-label={t("listLabel")}>
      {versions.map((d, index) => {
        const attestedByViewer = d.attestations.some((a) => a.attestedById === viewer.userId);
        const sealedIn: Locale = isLocale(d.locale) ? d.locale : "en";
        const version = String(d.version);
        return (
          <li key={d.id} className="space-y-4 py-5 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                  {t("version", { version })}
                  {index === 0 && <Badge tone="blue">{t("latest")}</Badge>}
                  {d.finality === "DRAFT" ? (
                    <Badge tone="amber">{t("draft")}</Badge>
                  ) : (
                    <Badge tone="violet">{t("final")}</Badge>
                  )}
                  {d.finality === "DRAFT" ? null : d.attestations.length > 0 ? (
                    <Badge tone="green">{t("attested")}</Badge>
                  ) : (
                    <Badge>{t("notAttested")}</Badge>
                  )}
                </h3>
                <p className="mt-1 text-sm text-slate-600">
                  {t("exported", {
                    at: formatDateTimeIn(isLocale(locale) ? locale : "en", d.createdAt),
                    by: d.createdByName ?? t("formerMember"),
                    ruleSet: d.ruleSetId === "none" ? t("noRuleSet") : d.ruleSetId,
                  })}
                </p>
                <p className="mt-1 text-sm text-slate-600">{t("sealedIn", { language: languageName(sealedIn) })}</p>
              </div>
              <ButtonLink
                href={`/systems/${systemId}/dossier/${d.id}`}
                variant="secondary"
                prefetch={false}
                // The visible word ("Download") is part of the name a screen reader gives, so speech input finds it (WCAG 2.5.3).
                aria-label={t("downloadLabel", { version })}
              >
                <Download aria-hidden className="size-4" /> {t("download")}
              </ButtonLink>
            </div>
            <OtherLanguages systemId={systemId} dossierId={d.id} version={version} sealedIn={sealedIn} />
            <dl className="grid gap-2 rounded-md bg-slate-50 p-3">
              <Sha256 label={t("pdfSha256")} value={d.pdfSha256} />
              <Sha256 label={t("snapshotSha256")} value={d.snapshotSha256} />
            </dl>
            <section aria-label={t("attestationsLabel", { version })} className="space-y-3">
              <h4 className="text-sm font-semibold text-slate-900">{t("attestations")}</h4>
              {d.finality === "DRAFT" ? (
                <p className="text-sm text-slate-600">{t("draftNotAttestable")}</p>
              ) : (
                <AttestationList attestations={d.attestations} />
              )}
              {viewer.canAttest && !attestedByViewer && d.finality !== "DRAFT" && (
                <details className="group rounded-md border border-slate-200 p-3 open:bg-white">
                  <summary className="cursor-pointer text-sm font-medium text-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
                    {t("attest", { version })}
                  </summary>
                  <div className="mt-3">
                    <AttestForm dossierId={d.id} version={d.version} signerName={viewer.name} action={attestAction} />
                  </div>
                </details>
              )}
            </section>
          </li>
        );
      })}
    </ol>
  );
}

// The same sealed snapshot in the other languages: signed copies rendered on download, with the same snapshot hash.
// Each language is shown by the name its accessible name uses ("Englisch" on a German page), so the visible words are
// part of the name (WCAG 2.5.3).
function OtherLanguages(props: { systemId: string; dossierId: string; version: string; sealedIn: Locale }) {
  const t = useTranslations("DossierVersions");
  const languageName = useTranslations("LanguageName");
  const others = LOCALES.filter((l) => l !== props.sealedIn);
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>{t("otherLanguages")}</span>
      {others.map((l) => (
        <a
          key={l}
          href={`/systems/${props.systemId}/dossier/${props.dossierId}?lang=${l}`}
          hrefLang={l}
          aria-label={t("downloadIn", { version: props.version, language: languageName(l) })}
          className="font-medium text-indigo-800 underline underline-offset-2"
        >
          {languageName(l)}
        </a>
      ))}
    </p>
  );
}
