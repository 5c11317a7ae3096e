import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BulkExport } from "@/components/dossier/bulk-export";
import { RecentDossiers } from "@/components/dossier/recent-dossiers";
import { VerifyForm } from "@/components/dossier/verify-form";
import { SystemPicker } from "@/components/system-picker";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { bulkExportCounts, findDossierSystems } from "@/lib/dal/dossiers/bulk-export";
import { listRecentDossiers } from "@/lib/dal/dossiers/verification";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listPortfolioReports } from "@/lib/dal/dashboard/portfolio-report";
import { formatDateIn } from "@/lib/i18n/format";
import { exportPortfolioReportAction } from "./actions";
import { PortfolioExportButton } from "./portfolio-export-button";
import { PortfolioReportList } from "./portfolio-report-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reports"))("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireActor();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const [t, locale] = await Promise.all([getTranslations("Reports"), getLocale()]);
  const [counts, recent, matches, portfolio, viewer] = await Promise.all([
    bulkExportCounts(actor),
    listRecentDossiers(actor, 10),
    findDossierSystems(actor, query),
    listPortfolioReports(actor),
    getViewer(actor),
  ]);
  // Sealing (a portfolio version, a ZIP of fresh dossiers) is a write; read-only roles download and verify.
  const canSeal = !!viewer.role && can(viewer.role, "report.seal");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ClientMessages
        namespaces={[
          "SystemPicker",
          "PortfolioExport",
          "DossierVerify",
          "DossierAttestation",
          "DossierBulkExport",
          "Roles",
        ]}
      >
        <div className="space-y-6">
          <Card id="portfolio">
            <CardHeader
              title={t("portfolioTitle")}
              description={t("portfolioDescription", { date: formatDateIn(locale, new Date()) })}
              actions={canSeal ? <PortfolioExportButton action={exportPortfolioReportAction} /> : undefined}
            />
            <CardBody>
              {!canSeal && <p className="mb-3 text-sm text-slate-600">{t("readOnlyRole")}</p>}
              <PortfolioReportList reports={portfolio} />
            </CardBody>
          </Card>
          <Card id="verify">
            <CardHeader title={t("verifyTitle")} description={t("verifyDescription")} />
            <CardBody>
              <VerifyForm />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("dossierTitle")} description={t("dossierDescription")} />
            <CardBody>
              <SystemPicker
                action="/reports"
                inputId="dossier-system-q"
                searchLabel={t("findDossier")}
                query={query}
                items={matches.map((m) => ({
                  id: m.id,
                  name: m.name,
                  href: `/systems/${m.id}/dossier`,
                  detail: (
                    <span className="text-slate-600">
                      {m.latestVersion ? t("latestVersion", { version: m.latestVersion }) : t("noDossier")}
                    </span>
                  ),
                }))}
                listLabel={t("matching")}
                empty={query ? t("noMatch", { query }) : undefined}
                linkText={t("openDossier")}
                linkContext={t("linkContext")}
              />
            </CardBody>
          </Card>
          {canSeal && (
            <Card>
              <CardHeader title={t("zipTitle")} description={t("zipDescription")} />
              <CardBody>
                <BulkExport counts={counts} />
              </CardBody>
            </Card>
          )}
          <Card>
            <CardHeader title={t("recentTitle")} description={t("recentDescription")} />
            <CardBody>
              <RecentDossiers dossiers={recent} />
            </CardBody>
          </Card>
        </div>
      </ClientMessages>
    </>
  );
}
