import type { Metadata } from "next";
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
import { formatDate } from "@/lib/utils";
import { exportPortfolioReportAction } from "./actions";
import { PortfolioExportButton } from "./portfolio-export-button";
import { PortfolioReportList } from "./portfolio-report-list";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireActor();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
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
      <PageHeader
        title="Reports"
        description="Sealed PDF reports: the portfolio report for management and the board, and dossiers per AI system. Check a copy someone sends you, export many at once, and find recent exports."
      />
      <div className="space-y-6">
        <Card id="portfolio">
          <CardHeader
            title="Portfolio report"
            description={`The dashboard's figures as of today (${formatDate(new Date())}) for management or the board: systems by tier, role, unit and lifecycle, readiness, what comes due per quarter and what needs attention. Sealed and verifiable like a dossier.`}
            actions={canSeal ? <PortfolioExportButton action={exportPortfolioReportAction} /> : undefined}
          />
          <CardBody>
            {!canSeal && (
              <p className="mb-3 text-sm text-slate-600">
                Your role downloads and verifies reports; administrators, compliance officers, legal and managers export
                new versions.
              </p>
            )}
            <PortfolioReportList reports={portfolio} />
          </CardBody>
        </Card>
        <Card id="verify">
          <CardHeader
            title="Verify a dossier or report"
            description="Upload a dossier PDF to check that it is a genuine, unaltered export of this organisation, and see which system and version it is and who attested it."
          />
          <CardBody>
            <VerifyForm />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Dossier of one AI system"
            description="Export, download and attest the versions of one system's dossier on its own dossier page."
          />
          <CardBody>
            <SystemPicker
              action="/reports"
              inputId="dossier-system-q"
              searchLabel="Find an AI system's dossier"
              query={query}
              items={matches.map((m) => ({
                id: m.id,
                name: m.name,
                href: `/systems/${m.id}/dossier`,
                detail: (
                  <span className="text-slate-600">
                    {m.latestVersion ? `Latest: version ${m.latestVersion}` : "No dossier yet"}
                  </span>
                ),
              }))}
              listLabel="Matching AI systems"
              empty={query ? `No AI system name contains “${query}”.` : undefined}
              linkText="Open dossier"
              linkContext="of"
            />
          </CardBody>
        </Card>
        {canSeal && (
          <Card>
            <CardHeader
              title="Export dossiers as ZIP"
              description="Each system gets a fresh dossier, sealed as a new version like a single export, so every file in the ZIP can be verified later. Progress shows as the ZIP arrives."
            />
            <CardBody>
              <BulkExport counts={counts} />
            </CardBody>
          </Card>
        )}
        <Card>
          <CardHeader
            title="Recent exports"
            description="The latest sealed dossiers across all systems. Open a system's dossier page to download or attest a version."
          />
          <CardBody>
            <RecentDossiers dossiers={recent} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
