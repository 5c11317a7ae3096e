import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type MailMessage = { to: string; subject: string; text: string; html: string };

let cached: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  // Re-created when the URL changes, which only happens in tests that start their own SMTP server.
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

export function mailConfigured(): boolean {
  return !!env().SMTP_URL;
}

// Sends one message over SMTP_URL. Without SMTP_URL reminders stay in-app only; callers check mailConfigured().
export async function sendMail(message: MailMessage): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  await transporter(url).sendMail({ from: env().MAIL_FROM, ...message });
}
