-- CreateTable
CREATE TABLE "PolicyControlLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyControlLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PolicyControlLink_organizationId_framework_controlId_idx" ON "PolicyControlLink"("organizationId", "framework", "controlId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyControlLink_policyId_framework_controlId_key" ON "PolicyControlLink"("policyId", "framework", "controlId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyControlLink_id_organizationId_key" ON "PolicyControlLink"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "PolicyControlLink" ADD CONSTRAINT "PolicyControlLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyControlLink" ADD CONSTRAINT "PolicyControlLink_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant composite foreign key (see the *_tenant_composite_fks migration): a link can only name a policy of its own
-- organisation, whatever the code above it does.
ALTER TABLE "PolicyControlLink" ADD CONSTRAINT "PolicyControlLink_policyId_org_fk" FOREIGN KEY ("policyId", "organizationId") REFERENCES "Policy"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;

-- The frameworks of lib/standards; the control's number is checked against its data by the data layer.
ALTER TABLE "PolicyControlLink" ADD CONSTRAINT "PolicyControlLink_framework_check" CHECK ("framework" IN ('iso-42001', 'nist-ai-rmf'));
ALTER TABLE "PolicyControlLink" ADD CONSTRAINT "PolicyControlLink_controlId_length_check" CHECK (char_length("controlId") BETWEEN 1 AND 40);
