-- CreateEnum
CREATE TYPE "SigningCertificateSource" AS ENUM ('SELF_SIGNED', 'UPLOADED');

-- CreateTable
CREATE TABLE "SigningCertificate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "source" "SigningCertificateSource" NOT NULL,
    "privateKey" TEXT NOT NULL,
    "certificatesPem" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "fingerprintSha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SigningCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SigningCertificate_organizationId_key" ON "SigningCertificate"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningCertificate_id_organizationId_key" ON "SigningCertificate"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "SigningCertificate" ADD CONSTRAINT "SigningCertificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
