-- The notification's text as a message key and its values, so each reader sees it in their own language.
ALTER TABLE "Notification" ADD COLUMN "message" JSONB;
