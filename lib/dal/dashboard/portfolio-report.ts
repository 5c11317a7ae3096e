import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { renderPortfolio } from "@/lib/pdf/portfolio/render-portfolio";
import { PORTFOLIO_SNAPSHOT_SCHEMA, type PortfolioFigures, type PortfolioSnapshot } from "@/lib/pdf/portfolio/snapshot";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { notFound } from "@/lib/dal/core/not-found";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";
import { portfolioDetail } from "@/lib/dal/dashboard/portfolio-detail";
import { getDashboardTrend } from "@/lib/dal/dashboard/trend";
import { trendPoints } from "@/lib/dashboard/trend";
import type { TrendPoint } from "@/lib/pdf/portfolio/snapshot";

export type PortfolioReportDTO = {
  id: string;
  version: number;
  asOf: string;
  createdAt: Date;
  createdByName: string | null;
  pdfSha256: string;
  snapshotSha256: string;
};
export type ExportedPortfolioReport = PortfolioReportDTO & { fileName: string; pdf: Buffer };

export const portfolioFileName = (version: number) => `ai-portfolio-report-v${version}.pdf`;

// The dashboard's own figures (the same DAL, unfiltered) for today, frozen and sealed like a system dossier: kind
// PORTFOLIO, no system, numbered per organisation. The per-system unique index cannot number these (its systemId is
// NULL), so a transaction-scoped lock per organisation serialises the numbering, the rendering and the insert.
export async function exportPortfolioReport(
  actor: Actor,
  options: { today?: string } = {},
): Promise<ExportedPortfolioReport> {
  const member = await authorize(actor, "report.seal");
  const today = options.today ?? todayIso();
  const generatedAt = new Date();
  // Typed as the sealed format: a dashboard change that breaks it fails here, at compile time.
  // First, alone: at 100,000 systems the dashboard's pass (when not cached) is seconds of work on a busy machine, and
  // the annex queries run beside it made the whole export slower, not faster (bench:portfolio, BENCHMARKS.md).
  const figures: PortfolioFigures = await getDashboard(actor, {}, { today });
  const [exporter, organization, lists, snapshots] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: member.userId }, select: { name: true, email: true } }),
    db().organization.findUniqueOrThrow({
      where: { id: member.organizationId },
      select: { name: true, documentLocale: true },
    }),
    portfolioDetail(member.organizationId, today, generatedAt, figures.attention.overdueObligations),
    getDashboardTrend(actor, "12m", { today }),
  ]);
  // The report is read in the organisation's document language; the row remembers which, so it renders again alike.
  const locale = asDocumentLocale(organization.documentLocale);
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`portfolio-report:${member.organizationId}`}, 0))`;
      const latest = await tx.dossierVersion.findFirst({
        where: { organizationId: member.organizationId, kind: "PORTFOLIO" },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const version = (latest?.version ?? 0) + 1;
      const snapshot = JSON.parse(
        canonicalJson({
          schema: PORTFOLIO_SNAPSHOT_SCHEMA,
          report: {
            version,
            generatedAt,
            exportedBy: { name: exporter.name, email: exporter.email, role: member.role ?? "API token" },
          },
          organization: { name: organization.name },
          figures,
          detail: { ...lists, trend: portfolioTrend(snapshots, figures.today) },
        }),
      ) as PortfolioSnapshot;
      const snapshotSha256 = sha256Hex(canonicalJson(snapshot));
      const pdf = await signForOrganization(
        member.organizationId,
        organization.name,
        await renderPortfolio(snapshot, locale),
        { locale, doc: { kind: "portfolio", version } },
        new Date(snapshot.report.generatedAt),
      );
      const pdfSha256 = sha256Hex(pdf);
      const row = await tx.dossierVersion.create({
        data: {
          organizationId: member.organizationId,
          systemId: null,
          kind: "PORTFOLIO",
          version,
          ruleSetId: "portfolio",
          locale,
          pdf: new Uint8Array(pdf),
          pdfSha256,
          snapshot,
          snapshotSha256,
          createdById: member.userId,
        },
        select: { id: true, createdAt: true },
      });
      await writeAudit(tx, member, {
        action: "portfolio_report.exported",
        entityType: "DossierVersion",
        entityId: row.id,
        after: { version, asOf: figures.today, pdfSha256, snapshotSha256 },
      });
      return {
        id: row.id,
        version,
        asOf: figures.today,
        createdAt: row.createdAt,
        createdByName: exporter.name,
        pdfSha256,
        snapshotSha256,
        fileName: portfolioFileName(version),
        pdf,
      };
    },
    { timeout: 60_000 },
  );
}

// The dashboard's trend points, spelled out as the sealed format keeps them (see lib/pdf/portfolio/snapshot.ts).
function portfolioTrend(snapshots: Parameters<typeof trendPoints>[0], today: string): TrendPoint[] {
  return trendPoints(snapshots, "12m", today).map((p) => ({
    day: p.day,
    dueNowPct: p.dueNowPct,
    laterPct: p.laterPct,
    overdue: p.overdue,
    highRisk: p.highRisk,
  }));
}

export async function listPortfolioReports(actor: Actor, take = 20): Promise<PortfolioReportDTO[]> {
  const member = await authorize(actor, "report.read");
  return readPortfolioReports(member, take);
}

async function readPortfolioReports(member: Member, take: number): Promise<PortfolioReportDTO[]> {
  const rows = await db().dossierVersion.findMany({
    where: { organizationId: member.organizationId, kind: "PORTFOLIO" },
    orderBy: { version: "desc" },
    take,
    select: {
      id: true,
      version: true,
      createdAt: true,
      pdfSha256: true,
      snapshotSha256: true,
      snapshot: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ snapshot, createdBy, ...r }) => ({
    ...r,
    asOf: (snapshot as PortfolioSnapshot).figures.today,
    createdByName: createdBy?.name ?? null,
  }));
}

/** The stored bytes exactly as sealed; only this organisation's portfolio reports. */
export async function getPortfolioPdf(
  actor: Actor,
  reportId: string,
): Promise<{ fileName: string; pdf: Uint8Array; pdfSha256: string }> {
  const member = await authorize(actor, "report.read");
  const row = await db().dossierVersion.findFirst({
    where: { id: reportId, organizationId: member.organizationId, kind: "PORTFOLIO" },
    select: { pdf: true, pdfSha256: true, version: true },
  });
  if (!row) throw notFound("report");
  return { fileName: portfolioFileName(row.version), pdf: row.pdf, pdfSha256: row.pdfSha256 };
}
