import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { MailMessage } from "./transport";

// The notification's own title and body arrive as written; the words around them are in the recipient's language
// (English when the caller names none).
export type ReminderMailInput = {
  locale?: Locale;
  to: string;
  title: string;
  body: string;
  url: string;
  preferencesUrl: string;
};

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "ReminderMail" });
}

function whyHtml(t: ReturnType<typeof translator>, preferencesUrl: string): string {
  const link = `<a href="${escapeHtml(preferencesUrl)}" style="color:#4338ca">${escapeHtml(t("settingsLink"))}</a>`;
  return `<p style="font-size:12px;color:#475569">${escapeHtml(t("whyBeforeLink"))} ${link}${escapeHtml(t("whyAfterLink"))}</p>`;
}

// Plain text first (many compliance mailboxes strip HTML), with a minimal HTML twin carrying the same words.
export function reminderEmail({
  locale = DEFAULT_LOCALE,
  to,
  title,
  body,
  url,
  preferencesUrl,
}: ReminderMailInput): MailMessage {
  const t = translator(locale);
  const text = [title, "", body, "", t("openLine", { url }), "", t("whyText", { url: preferencesUrl })].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(url)}" style="color:#4338ca">${escapeHtml(t("openInActlas"))}</a></p>
${whyHtml(t, preferencesUrl)}
</body></html>`;
  return { to, subject: `[Actlas] ${title}`, text, html };
}

export type ReminderDigestInput = {
  locale?: Locale;
  to: string;
  items: { title: string; url: string }[];
  listUrl: string;
  preferencesUrl: string;
};

const DIGEST_LINES = 20;

export function reminderDigestEmail({
  locale = DEFAULT_LOCALE,
  to,
  items,
  listUrl,
  preferencesUrl,
}: ReminderDigestInput): MailMessage {
  const t = translator(locale);
  const shown = items.slice(0, DIGEST_LINES);
  const more = items.length - shown.length;
  const title = t("digestTitle", { count: items.length });
  const moreLine = more > 0 ? t("digestMore", { count: more }) : "";
  const text = [
    t("digestLead", { title }),
    "",
    ...shown.map((i) => `- ${i.title}\n  ${i.url}`),
    ...(moreLine ? ["", moreLine] : []),
    "",
    t("allNotificationsLine", { url: listUrl }),
    "",
    t("whyText", { url: preferencesUrl }),
  ].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>
<ul>${shown.map((i) => `<li><a href="${escapeHtml(i.url)}" style="color:#4338ca">${escapeHtml(i.title)}</a></li>`).join("")}</ul>
${moreLine ? `<p>${escapeHtml(moreLine)}</p>` : ""}
<p><a href="${escapeHtml(listUrl)}" style="color:#4338ca">${escapeHtml(t("allNotifications"))}</a></p>
${whyHtml(t, preferencesUrl)}
</body></html>`;
  return { to, subject: `[Actlas] ${title}`, text, html };
}
