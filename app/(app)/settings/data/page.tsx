import { Download } from "lucide-react";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { OrganizationImportForm } from "./organization-import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DataSettings");
  return { title: t("title") };
}

const link = "font-medium text-indigo-700 underline hover:text-indigo-900";
const button =
  "inline-flex items-center gap-2 rounded-md bg-indigo-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

const linkTo = (href: string, text: ReactNode) => (
  <Link href={href} className={link}>
    {text}
  </Link>
);

export default async function DataSettingsPage() {
  const [viewer, t] = await Promise.all([getViewer(await requireActor()), getTranslations("DataSettings")]);
  const isAdmin = !!viewer.role && can(viewer.role, "organization.export");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("listsTitle")} description={t("listsDescription")} />
          <CardBody>
            <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-800">
              <li>{t.rich("systems", { link: (text) => linkTo("/systems", text) })}</li>
              <li>{t.rich("obligations", { link: (text) => linkTo("/obligations", text) })}</li>
              <li>{t.rich("importSystems", { link: (text) => linkTo("/systems/import", text) })}</li>
            </ul>
          </CardBody>
        </Card>
        {!isAdmin && <Alert tone="info" title={t("onlyAdmins")} />}
        {isAdmin && (
          <Card>
            <CardHeader
              title={t("exportTitle")}
              description={t("exportDescription", {
                organisation: viewer.organization?.name ?? t("thisOrganisation"),
              })}
            />
            <CardBody className="space-y-3">
              <p className="text-sm text-slate-700">{t("exportNote")}</p>
              <a href="/settings/data/export" download className={button}>
                <Download aria-hidden="true" className="h-4 w-4" />
                {t("download")}
              </a>
            </CardBody>
          </Card>
        )}
        {isAdmin && (
          <Card>
            <CardHeader title={t("importTitle")} description={t("importDescription")} />
            <CardBody className="space-y-3">
              <p className="text-sm text-slate-700">
                {t.rich("importNote", { link: (text) => linkTo("/settings", text) })}
              </p>
              <ClientMessages namespaces={["OrganisationImport"]}>
                <OrganizationImportForm />
              </ClientMessages>
            </CardBody>
          </Card>
        )}
      </div>
    </>
  );
}
