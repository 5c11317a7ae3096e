import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { roleLabels } from "@/components/i18n/role-labels";
import { SsoDomainsPanel } from "@/components/sso/sso-domains-panel";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { oidcConfig } from "@/lib/auth/oidc";
import { requireActor } from "@/lib/auth/session";
import { listSsoDomains } from "@/lib/dal/sso/sso-domains";
import { isAppError } from "@/lib/errors";
import { addSsoDomainAction, removeSsoDomainAction, verifySsoDomainAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sso");
  return { title: t("title") };
}

export default async function SsoSettingsPage() {
  const actor = await requireActor();
  const domains = await listSsoDomains(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });
  const [provider, t, roles] = [oidcConfig(), await getTranslations("Sso"), await roleLabels()];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {!domains ? (
        <Alert tone="info">{t("onlyAdmins")}</Alert>
      ) : (
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("providerTitle")} description={t("providerDescription")} />
            <CardBody>
              {provider ? (
                <p className="text-sm text-slate-700">
                  {t.rich("providerOffered", {
                    name: provider.name,
                    button: (text) => <strong className="text-slate-900">{text}</strong>,
                    issuer: () => <code className="break-all font-mono text-xs">{provider.issuer}</code>,
                  })}
                </p>
              ) : (
                <Alert tone="info">{t("noProvider")}</Alert>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("domainsTitle")} description={t("domainsDescription")} />
            <div className="border-b border-slate-100 px-5 py-4">
              <Alert tone="info" title={t("verifyTitle")}>
                <p>{t("verifyBody")}</p>
              </Alert>
            </div>
            <ClientMessages namespaces={["SsoDomains"]}>
              <SsoDomainsPanel
                domains={domains}
                actions={{ add: addSsoDomainAction, verify: verifySsoDomainAction, remove: removeSsoDomainAction }}
                roles={roles}
              />
            </ClientMessages>
          </Card>
        </div>
      )}
    </>
  );
}
