import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "./messages";

// No locale in the URL: the signed-in person's choice, else the browser's Accept-Language, else English. The actor
// is read once per request (React cache) and carries the person's choice from the same statement as the session.
export default getRequestConfig(async () => {
  const [actor, requestHeaders] = await Promise.all([getActor().catch(() => null), headers()]);
  const locale = resolveLocale(actor?.locale, requestHeaders.get("accept-language"));
  return {
    locale,
    timeZone: "UTC",
    messages: MESSAGES[locale],
  };
});
