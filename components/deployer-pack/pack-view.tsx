import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useSystemBadgeLabels } from "@/components/system-badges";
import { storedTier, type MissingItem, type PackSnapshot } from "@/lib/deployer-pack/snapshot";
import { formatDateIn, formatNumberIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { usePackWords } from "./pack-words";

type Props = {
  pack: PackSnapshot;
  missing: MissingItem[];
  pdfHref: string;
  pdfSha256: string;
  // null: the file is no longer among the system's evidence (shown without a link).
  fileHref: (index: number) => string | null;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

function FileName({ href, name, gone }: { href: string | null; name: string; gone: string }) {
  if (!href) return <span className="font-medium break-all text-slate-900">{gone}</span>;
  return (
    <a className="font-medium break-all text-indigo-800 underline" href={href}>
      {name}
    </a>
  );
}

// One published version as its customers see it: the facts, the files with their SHA-256, and what is missing.
export function PackView({ pack, missing, pdfHref, pdfSha256, fileHref }: Props) {
  const t = useTranslations("DeployerPackView");
  const locale = useLocale() as Locale;
  const words = usePackWords();
  const badges = useSystemBadgeLabels();
  const contact = [pack.incidentContact.name, pack.incidentContact.email].filter(Boolean).join(", ");
  const orNot = (value: string) => value || <span className="text-slate-600">{t("notGiven")}</span>;
  const code = storedTier(pack.tier);
  const tier = code === "unclassified" ? t("notClassified") : code ? badges.tier(code) : pack.tier;
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t("sizeMb", { size: oneDecimal(locale, bytes / 1024 / 1024) })
      : t("sizeKb", { size: formatNumberIn(locale, Math.max(1, Math.round(bytes / 1024))) });
  return (
    <div className="space-y-6">
      <dl className="space-y-3">
        <Fact label={t("provider")}>{pack.providerName}</Fact>
        <Fact label={t("aiSystem")}>{pack.systemName}</Fact>
        <Fact label={t("version")}>
          {t("versionPublished", { version: pack.version, date: formatDateIn(locale, pack.publishedAt) })}
        </Fact>
        <Fact label={t("classification")}>{tier}</Fact>
        <Fact label={t("intendedPurpose")}>{orNot(pack.intendedPurpose)}</Fact>
        <Fact label={t("registration")}>{orNot(pack.registrationNumber)}</Fact>
        <Fact label={t("ceMarking")}>{orNot(pack.ceMarking)}</Fact>
        <Fact label={t("incidentContact")}>
          {pack.incidentContact.email ? (
            <a className="font-medium text-indigo-800 underline" href={`mailto:${pack.incidentContact.email}`}>
              {contact}
            </a>
          ) : (
            orNot("")
          )}
        </Fact>
      </dl>
      <section aria-labelledby="pack-files">
        <h2 id="pack-files" className="text-base font-semibold text-slate-900">
          {t("documents")}
        </h2>
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
          <li className="p-3">
            <a className="font-medium text-indigo-800 underline" href={pdfHref}>
              {t("signedPdf")}
            </a>
            <p className="font-mono text-xs break-all text-slate-600">SHA-256 {pdfSha256}</p>
          </li>
          {pack.files.map((file, index) => (
            <li key={`${file.kind}-${file.sha256}`} className="p-3">
              <p className="text-sm text-slate-600">{words.file(file.kind)}</p>
              <FileName
                href={fileHref(index)}
                name={file.fileName}
                gone={t("noLongerHeld", { name: file.fileName })}
              />{" "}
              <span className="text-sm text-slate-600">({size(file.sizeBytes)})</span>
              <p className="font-mono text-xs break-all text-slate-600">SHA-256 {file.sha256}</p>
            </li>
          ))}
        </ul>
      </section>
      {missing.length > 0 && (
        <section aria-labelledby="pack-missing" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <h2 id="pack-missing" className="text-sm font-semibold text-amber-900">
            {t("missingHeading")}
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-amber-900">
            {missing.map((m) => (
              <li key={m}>{words.missing(m)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function oneDecimal(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
