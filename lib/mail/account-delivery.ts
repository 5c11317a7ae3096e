import "server-only";
import { env } from "@/lib/env";
import { mailConfigured, sendMail, type MailMessage } from "./transport";

// Absolute links for e-mails, on the address the app is served at.
export function appLink(path: string): string {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

// Account e-mails (sign-up, password reset) leave in the background: the answer to the form must neither wait for
// the mail server nor reveal, by taking longer, that an e-mail was sent to an address that has an account.
// Without SMTP, development logs the link so the demo can be tried; production never logs a link (it is a secret).
export function deliverAccountMail(message: MailMessage, link: string): Promise<void> {
  if (!mailConfigured()) {
    if (env().NODE_ENV === "production") {
      console.warn(`[mail] SMTP_URL is not set: an account e-mail ("${message.subject}") could not be sent. Configure SMTP_URL and MAIL_FROM.`);
    } else {
      console.info(`[mail] SMTP_URL is not set (development only, never in production): "${message.subject}" to ${message.to} would link to ${link}`);
    }
    return Promise.resolve();
  }
  return sendMail(message).catch((error: unknown) => {
    console.error(`[mail] account e-mail ("${message.subject}") failed:`, error instanceof Error ? error.message : error);
  });
}
