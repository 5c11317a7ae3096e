import { afterAll, beforeAll } from "vitest";
import { startSmtpServer, type ReceivedMail } from "./smtp-server";

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
  return {
    get url() {
      return current().url;
    },
    get messages() {
      return current().messages;
    },
  };
}
