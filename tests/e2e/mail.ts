import { expect } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { defined } from "../helpers/expect-defined";
import { decodeQuotedPrintable, type ReceivedMail } from "../helpers/smtp-server";

// scripts/e2e-server.ts runs an SMTP server for the app and writes every message it receives into this folder.
const MAIL_DIR = path.join(".data", `e2e-${process.env.E2E_PORT || "3100"}`, "mail");

function mailsTo(to: string): string[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(MAIL_DIR, file), "utf8")) as ReceivedMail)
    .filter((mail) => mail.to.includes(to.toLowerCase()))
    .map((mail) => decodeQuotedPrintable(mail.raw));
}

const withSubject = (subject: RegExp) => (text: string) => new RegExp(`^Subject: .*${subject.source}`, "m").test(text);

export function countMails(to: string, subject: RegExp): number {
  return mailsTo(to).filter(withSubject(subject)).length;
}

// The newest e-mail to `to` whose subject matches, waited for (account e-mails leave in the background).
export async function waitForMail(to: string, subject: RegExp): Promise<string> {
  let found: string | undefined;
  await expect(async () => {
    found = mailsTo(to).filter(withSubject(subject)).at(-1);
    expect(found, `an e-mail to ${to} about ${subject}`).toBeDefined();
  }).toPass({ timeout: 15_000 });
  return found!;
}

// The app-relative path of the first link to `prefix` in a mail (the link's host is NEXTAUTH_URL's).
export function linkPath(text: string, prefix: "/verify-email/" | "/reset-password/"): string {
  const match = new RegExp(`https?://[^\\s"/]+(${prefix}[A-Za-z0-9_-]{43})`).exec(text);
  return defined(match?.[1], `a ${prefix} link in the e-mail`);
}
