-- The organisation's own words for the risk register's five likelihood and impact steps (empty = the defaults).
ALTER TABLE "Organization" ADD COLUMN     "riskImpactLabels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "riskLikelihoodLabels" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Either the defaults (none) or all five steps named: a scale with a missing step cannot be shown.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_riskLabels_five" CHECK (
  cardinality("riskLikelihoodLabels") IN (0, 5) AND cardinality("riskImpactLabels") IN (0, 5)
);
