-- CreateEnum
CREATE TYPE "WebhookFormat" AS ENUM ('GENERIC', 'SLACK', 'TEAMS');

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "format" "WebhookFormat" NOT NULL DEFAULT 'GENERIC';

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "dedupeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_webhookId_dedupeKey_key" ON "WebhookDelivery"("webhookId", "dedupeKey");
