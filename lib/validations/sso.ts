import { z } from "zod";
import { ROLES } from "@/lib/access/permissions";

// Free mail providers: whoever signs up there could claim to belong to any organisation that mapped them.
export const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.de",
  "gmx.net",
  "gmx.com",
  "web.de",
  "mail.com",
  "yandex.com",
  "yandex.ru",
  "zoho.com",
  "t-online.de",
  "orange.fr",
  "free.fr",
  "libero.it",
]);

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const ZSsoDomain = z.object({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value.replace(/^@/, ""))
    .pipe(
      z
        .string()
        .regex(DOMAIN, "Enter a domain such as example.com, without @ or https://.")
        .refine(
          (value) => !PUBLIC_MAIL_DOMAINS.has(value),
          "Public mail domains cannot be mapped: anyone can get an address there.",
        ),
    ),
  defaultRole: z.enum(ROLES, { message: "Choose the role new members get." }),
});
export type TSsoDomain = z.input<typeof ZSsoDomain>;

export const ZSsoDomainId = z.object({ domainId: z.string().min(1).max(64) });

export function emailDomain(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase();
}
