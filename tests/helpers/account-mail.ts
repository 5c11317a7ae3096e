import { defined } from "./expect-defined";
import { decodeQuotedPrintable, type ReceivedMail } from "./smtp-server";

// Account e-mails leave in the background (the form's answer does not wait for them): wait until one arrives.
export async function waitForMail(
  messages: ReceivedMail[],
  to: string,
  subject: RegExp,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = messages.find((m) => m.to.includes(to) && subject.test(decodeQuotedPrintable(m.raw)));
    if (found) return decodeQuotedPrintable(found.raw);
    if (Date.now() > deadline)
      throw new Error(
        `no e-mail to ${to} matching ${subject} (got ${messages.filter((m) => m.to.includes(to)).length} to that address)`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function mailsTo(messages: ReceivedMail[], to: string): string[] {
  return messages.filter((m) => m.to.includes(to)).map((m) => decodeQuotedPrintable(m.raw));
}

// The secret of the first link to `path` in a mail's text.
export function linkToken(text: string, path: "/verify-email/" | "/reset-password/"): string {
  const match = new RegExp(`https?://[^\\s"]+${path}([A-Za-z0-9_-]{43})`).exec(text);
  return defined(match?.[1], `a ${path} link in:\n${text}`);
}
