import type { Metadata } from "next";
import { SigningCertificateDetails } from "@/components/signing/signing-certificate-details";
import { UploadSigningCertificateForm } from "@/components/signing/upload-signing-certificate-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getSigningCertificate } from "@/lib/dal/signing/signing-certificate";
import { env } from "@/lib/env";
import { uploadSigningCertificateAction } from "./actions";

export const metadata: Metadata = { title: "Signing certificate" };

export default async function SigningCertificatePage() {
  const actor = await requireActor();
  const [viewer, certificate] = await Promise.all([getViewer(actor), getSigningCertificate(actor)]);
  const tsa = env().ACTLAS_TSA_URL;
  const isAdmin = !!viewer.role && can(viewer.role, "organization.manage");
  return (
    <>
      <PageHeader
        title="Signing certificate"
        description="Sealed dossiers, portfolio reports and incident reports are signed with this certificate (PDF advanced electronic signature, PAdES), so any PDF reader can show who sealed a file and that it has not changed since."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Certificate in use" />
          <CardBody className="space-y-4">
            {certificate ? (
              <SigningCertificateDetails certificate={certificate} />
            ) : (
              <p className="text-sm text-slate-700">
                None yet. Actlas makes a self-signed certificate in your organisation&apos;s name when it seals its
                first dossier or report.
              </p>
            )}
            {certificate?.source !== "UPLOADED" && (
              <Alert tone="info" title="Self-signed: valid, but not trusted by readers">
                <p>
                  Readers confirm that a signed file is unchanged, but show the signer as unknown or not trusted. For
                  signatures that readers and authorities trust, upload a certificate from a qualified trust service
                  provider.
                </p>
              </Alert>
            )}
            <p className="text-sm text-slate-600">
              {tsa
                ? `Each signature also carries a time stamp from ${new URL(tsa).host} (PAdES B-T).`
                : "Signatures carry the signing time claimed by this server (PAdES B-B); the operator can add time stamps from a time-stamping authority (ACTLAS_TSA_URL)."}
            </p>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Use your own certificate"
            description="Replaces the certificate for the next seals. Files sealed before keep their signatures: each carries the certificate it was signed with."
          />
          <CardBody>
            {isAdmin ? (
              <UploadSigningCertificateForm action={uploadSigningCertificateAction} />
            ) : (
              <Alert tone="info">Only administrators can upload a signing certificate.</Alert>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
