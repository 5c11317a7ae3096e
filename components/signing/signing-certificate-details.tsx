import { Badge } from "@/components/ui/badge";
import type { SigningCertificateDTO } from "@/lib/dal/signing/signing-certificate";
import { formatDate } from "@/lib/utils";

// The public facts of the certificate in use, as a reader's signature panel would show them.
export function SigningCertificateDetails({ certificate }: { certificate: SigningCertificateDTO }) {
  const rows: [string, React.ReactNode][] = [
    ["Subject", certificate.subject],
    ["Issuer", certificate.issuer === certificate.subject ? "The same (self-signed)" : certificate.issuer],
    ["Valid", `${formatDate(certificate.notBefore)} to ${formatDate(certificate.notAfter)}`],
    [
      "Serial number",
      <code key="serial" className="break-all font-mono text-xs">
        {certificate.serialNumber}
      </code>,
    ],
    [
      "SHA-256 fingerprint",
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
        <Badge tone="amber">Self-signed by Actlas</Badge>
      ) : (
        <Badge tone="green">Uploaded by an administrator</Badge>
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
