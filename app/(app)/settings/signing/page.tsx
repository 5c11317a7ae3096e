import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Signing");
  return { title: t("title") };
}

export default async function SigningCertificatePage() {
  const actor = await requireActor();
  const [viewer, certificate, t] = await Promise.all([
    getViewer(actor),
    getSigningCertificate(actor),
    getTranslations("Signing"),
  ]);
  const tsa = env().ACTLAS_TSA_URL;
  const isAdmin = !!viewer.role && can(viewer.role, "organization.manage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("inUse")} />
          <CardBody className="space-y-4">
            {certificate ? (
              <SigningCertificateDetails certificate={certificate} />
            ) : (
              <p className="text-sm text-slate-700">{t("noneYet")}</p>
            )}
            {certificate?.source !== "UPLOADED" && (
              <Alert tone="info" title={t("selfSignedTitle")}>
                <p>{t("selfSignedBody")}</p>
              </Alert>
            )}
            <p className="text-sm text-slate-600">
              {tsa ? t("withTsa", { host: new URL(tsa).host }) : t("withoutTsa")}
            </p>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("ownTitle")} description={t("ownDescription")} />
          <CardBody>
            {isAdmin ? (
              <ClientMessages namespaces={["SigningUpload"]}>
                <UploadSigningCertificateForm action={uploadSigningCertificateAction} />
              </ClientMessages>
            ) : (
              <Alert tone="info">{t("onlyAdmins")}</Alert>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
