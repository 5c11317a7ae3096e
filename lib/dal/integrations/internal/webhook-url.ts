import "server-only";
import { AppError } from "@/lib/errors";
import { allowPrivateUrls, assertPublicUrl } from "@/lib/net/url-guard";
import type { WebhookFormat } from "@/lib/validations/webhook-events";

// Slack's incoming webhooks live on hooks.slack.com (hooks.slack-gov.com for GovSlack) and Teams' Workflows URLs are
// https on Microsoft's hosts that change by region: a URL of another kind is a pasting mistake, told next to the
// field. This comes on top of the SSRF guard, never instead of it. Local setups and tests that allow private URLs
// (ALLOW_PRIVATE_URLS) may point any format at their own receiver.
const SLACK_HOSTS = new Set(["hooks.slack.com", "hooks.slack-gov.com"]);

const refuse = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { url: [message] } });

export async function assertWebhookUrl(raw: string, format: WebhookFormat): Promise<URL> {
  const url = await assertPublicUrl(raw);
  if (format === "GENERIC" || allowPrivateUrls()) return url;
  if (url.protocol !== "https:") throw refuse("Slack and Teams webhook URLs start with https://");
  if (format === "SLACK" && !SLACK_HOSTS.has(url.hostname))
    throw refuse("A Slack incoming-webhook URL starts with https://hooks.slack.com/");
  return url;
}
