import { z } from "zod";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "@/lib/validations/webhook-events";

const url = z
  .string()
  .trim()
  .min(1, "Enter the URL that should receive the events.")
  .max(2000, "Use a URL of at most 2,000 characters.")
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), "Enter a full URL starting with https://");
const format = z.enum(WEBHOOK_FORMATS, "Choose Generic, Slack or Microsoft Teams.").default("GENERIC");

export const ZCreateWebhook = z.object({
  url,
  format,
  description: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event."),
});
export type TCreateWebhook = z.input<typeof ZCreateWebhook>;

// "Send a test message" on the form: a sample in the chosen format to a URL that is not saved yet.
export const ZTryWebhook = z.object({ url, format });
export type TTryWebhook = z.input<typeof ZTryWebhook>;

export const ZWebhookRef = z.object({ webhookId: z.string().min(1) });
export const ZSetWebhookActive = z.object({ webhookId: z.string().min(1), active: z.boolean() });

// Changing a saved webhook's format: the URL stays, and is checked again for the new format.
export const ZSetWebhookFormat = z.object({
  webhookId: z.string().min(1),
  format: z.enum(WEBHOOK_FORMATS, "Choose Generic, Slack or Microsoft Teams."),
});
export type TSetWebhookFormat = z.input<typeof ZSetWebhookFormat>;
export type SetWebhookFormatInput = z.output<typeof ZSetWebhookFormat>;
