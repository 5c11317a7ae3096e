-- SSO domains must be verified by a DNS TXT record before they map sign-ins. Claims that existed before this
-- migration were never verified: they get a fresh token and stay unmapped until an administrator verifies them.
DROP INDEX "OrganizationDomain_domain_key";
DROP INDEX "OrganizationDomain_organizationId_idx";

ALTER TABLE "OrganizationDomain" ADD COLUMN "verificationToken" TEXT NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
ADD COLUMN "verifiedAt" TIMESTAMP(3);
ALTER TABLE "OrganizationDomain" ALTER COLUMN "verificationToken" DROP DEFAULT;

CREATE INDEX "OrganizationDomain_domain_idx" ON "OrganizationDomain"("domain");
CREATE UNIQUE INDEX "OrganizationDomain_organizationId_domain_key" ON "OrganizationDomain"("organizationId", "domain");

-- At most one organisation holds a domain verified (Prisma cannot declare a partial unique index).
CREATE UNIQUE INDEX "OrganizationDomain_verified_domain_key" ON "OrganizationDomain"("domain") WHERE "verifiedAt" IS NOT NULL;
