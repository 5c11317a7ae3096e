import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { mailConfigured, sendMail, type MailMessage } from "./transport";

// Absolute links for e-mails, on the address the app is served at.
export function appLink(path: string): string {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

// Account e-mails (sign-up, password reset) leave in the background: the answer to the form must neither wait for
// the mail server nor reveal, by taking longer, that an e-mail was sent to an address that has an account.
// Without SMTP the link goes to the server log only where the operator allowed it (a local trial, development):
// elsewhere a log is read by more people than the mailbox's owner, and the link is a secret.
export function deliverAccountMail(message: MailMessage, link: string): Promise<void> {
  if (!mailConfigured()) {
    if (env().MAIL_LINKS_TO_LOG === "true" || env().NODE_ENV === "development") {
      log().info(
        { to: message.to, subject: message.subject },
        `SMTP_URL is not set: "${message.subject}" to ${message.to} would link to ${link}`,
      );
    } else {
      log().warn(
        { subject: message.subject },
        "SMTP_URL is not set: an account e-mail could not be sent. Configure SMTP_URL and MAIL_FROM.",
      );
    }
    return Promise.resolve();
  }
  return sendMail(message).catch((err: unknown) => {
    log().error({ err, subject: message.subject }, "account e-mail could not be sent");
  });
}
