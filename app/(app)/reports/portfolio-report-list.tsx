import { Download } from "lucide-react";
import { Sha256 } from "@/components/dossier/sha256";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { PortfolioReportDTO } from "@/lib/dal/dashboard/portfolio-report";
import { formatDate, formatDateTime } from "@/lib/utils";

// Previous portfolio reports, newest first, each downloadable exactly as sealed.
export function PortfolioReportList({ reports }: { reports: PortfolioReportDTO[] }) {
  if (reports.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No portfolio report has been exported yet. Export one to freeze today&apos;s dashboard figures for management or
        the board.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-slate-200" aria-label="Portfolio reports, newest first">
      {reports.map((r, i) => (
        <li key={r.id} className="space-y-2 py-4 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                Version {r.version} · figures as of {formatDate(r.asOf)} {i === 0 && <Badge tone="blue">Latest</Badge>}
              </h3>
              <p className="text-sm text-slate-600">
                Exported {formatDateTime(r.createdAt)} by {r.createdByName ?? "a former member"}
              </p>
            </div>
            <ButtonLink
              href={`/reports/portfolio/${r.id}`}
              variant="secondary"
              prefetch={false}
              aria-label={`Download portfolio report version ${r.version} (PDF)`}
            >
              <Download aria-hidden className="size-4" /> Download PDF
            </ButtonLink>
          </div>
          <dl>
            <Sha256 label="SHA-256 of the PDF" value={r.pdfSha256} />
          </dl>
        </li>
      ))}
    </ol>
  );
}
