import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; raw: string };

// A real SMTP server on a random local port that keeps every message it receives, for asserting sent e-mail.
// `refuse` answers a message with a permanent error (550) instead of keeping it, to test what a failed send does.
export async function startSmtpServer(
  options: { onMessage?: (mail: ReceivedMail) => void; refuse?: (mail: ReceivedMail) => boolean } = {},
): Promise<{ url: string; messages: ReceivedMail[]; stop: () => Promise<void> }> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const mail = {
          from,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        if (options.refuse?.(mail))
          return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        messages.push(mail);
        options.onMessage?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Undoes quoted-printable soft line breaks and escapes so assertions can read the text as written.
export function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
