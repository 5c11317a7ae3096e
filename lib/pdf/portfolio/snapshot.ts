import type { DashboardDTO } from "@/lib/dal/dashboard";
import type { DossierPerson } from "../snapshot";

// The frozen input of one portfolio report: the dashboard's figures for one date, exactly as the dashboard DAL
// computed them (codes, not labels), stored as canonical JSON beside the PDF like a system dossier's snapshot.
export const PORTFOLIO_SNAPSHOT_SCHEMA = "actlas.portfolio/1";

export type PortfolioSnapshot = {
  schema: typeof PORTFOLIO_SNAPSHOT_SCHEMA;
  report: { version: number; generatedAt: string; exportedBy: DossierPerson };
  organization: { name: string };
  figures: DashboardDTO;
};
