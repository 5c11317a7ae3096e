import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { verifyMyOrganizationChain } from "@/lib/dal/core/audit-verify";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuditTrail");
  return { title: t("title") };
}

export default async function AuditTrailPage() {
  const [actor, t] = await Promise.all([requireActor(), getTranslations("AuditTrail")]);
  const report = await verifyMyOrganizationChain(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/settings" variant="secondary">
            {t("back")}
          </ButtonLink>
        }
      />
      <Card>
        <CardHeader title={t("checkTitle")} description={t("checkDescription")} />
        <CardBody>
          {!report ? (
            <Alert tone="info">{t("notAllowed")}</Alert>
          ) : report.ok ? (
            <Alert tone="success" title={t("intactTitle")}>
              <p>
                {t("intact", { count: report.events })}{" "}
                <code className="break-all font-mono text-xs">{report.headHash || "—"}</code>
              </p>
            </Alert>
          ) : (
            <Alert tone="error" title={t("tamperedTitle")}>
              <p>
                {report.problem} {t("brokenAt", { event: report.brokenAt })}
              </p>
            </Alert>
          )}
        </CardBody>
      </Card>
    </>
  );
}
