-- Notifications whose e-mail is not settled yet (lib/dal/jobs/notification-emails.ts), read every minute by the
-- notification e-mail job. Hand-written: Prisma cannot express a partial index (scripts/db/hand-kept.ts keeps it).
-- Only rows that may still be mailed are in it: sent, unwanted and stale ones get "emailedAt", so with nothing to
-- send the job reads one empty range of a small index instead of the whole inbox table.
CREATE INDEX "Notification_email_pending_idx" ON "Notification" ("createdAt") WHERE "emailedAt" IS NULL;
