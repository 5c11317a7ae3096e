-- The dashboard's portfolio heat map and the organisation-wide risk list read only these columns (index-only scan).
CREATE INDEX "Risk_organizationId_status_likelihood_impact_residualLikeli_idx" ON "Risk"("organizationId", "status", "likelihood", "impact", "residualLikelihood", "residualImpact", "updatedAt", "id");
