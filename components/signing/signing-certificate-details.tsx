import { Badge } from "@/components/ui/badge";
import type { SigningCertificateDTO } from "@/lib/dal/signing/signing-certificate";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

// The public facts of the certificate in use, as a reader's signature panel would show them.
export async function SigningCertificateDetails({ certificate }: { certificate: SigningCertificateDTO }) {
  const [t, locale] = await Promise.all([getTranslations("Signing"), getLocale() as Promise<Locale>]);
  const date = (value: Date) => formatDateIn(locale, value);
  const rows: [string, React.ReactNode][] = [
    [t("subject"), certificate.subject],
    [t("issuer"), certificate.issuer === certificate.subject ? t("sameIssuer") : certificate.issuer],
    [t("valid"), t("validRange", { from: date(certificate.notBefore), to: date(certificate.notAfter) })],
    [
      t("serial"),
      <code key="serial" className="break-all font-mono text-xs">
        {certificate.serialNumber}
      </code>,
    ],
    [
      t("fingerprint"),
      <code key="fingerprint" className="break-all font-mono text-xs">
        {certificate.fingerprintSha256
          .toUpperCase()
          .match(/.{1,2}/g)
          ?.join(":")}
      </code>,
    ],
  ];
  return (
    <div className="space-y-3">
      {certificate.source === "SELF_SIGNED" ? (
        <Badge tone="amber">{t("selfSignedBadge")}</Badge>
      ) : (
        <Badge tone="green">{t("uploadedBadge")}</Badge>
      )}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600">{term}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
