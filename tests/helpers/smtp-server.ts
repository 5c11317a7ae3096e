import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";

export type ReceivedMail = { from: string; to: string[]; raw: string };

// A real SMTP server on a random local port that keeps every message it receives, for asserting sent e-mail.
export async function startSmtpServer(options: { onMessage?: (mail: ReceivedMail) => void } = {}): Promise<{ url: string; messages: ReceivedMail[]; stop: () => Promise<void> }> {
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
        const mail = { from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") };
        messages.push(mail);
        options.onMessage?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// Undoes quoted-printable soft line breaks and escapes so assertions can read the text as written.
export function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// One real SMTP server for a test file's tests, with the app's mail sent to it and its links on a fixed origin (lib/env
// reads both on first use, which is after this hook).
export function smtpServerForFile(): { readonly url: string; readonly messages: ReceivedMail[] } {
  let server: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  beforeAll(async () => {
    server = await startSmtpServer();
    process.env.SMTP_URL = server.url;
    process.env.NEXTAUTH_URL = "https://actlas.test";
  });
  afterAll(() => server?.stop());
  const current = () => {
    if (!server) throw new Error("smtpServerForFile: the server starts in beforeAll; use it inside a test");
    return server;
  };
  return { get url() { return current().url; }, get messages() { return current().messages; } };
}
