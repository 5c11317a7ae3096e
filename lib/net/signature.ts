import { createHmac, timingSafeEqual } from "node:crypto";

// The signature of an outgoing webhook: HMAC-SHA256 over "<timestamp>.<body>" with the webhook's secret, sent as
// `X-Actlas-Signature: sha256=<hex>`. Signing the timestamp lets receivers reject replays (docs/webhooks.md).
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
