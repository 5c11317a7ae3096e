import type { MailMessage } from "./transport";
import { countPhrase } from "@/lib/plural";

export type ReminderMailInput = { to: string; title: string; body: string; url: string; preferencesUrl: string };

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Plain text first (many compliance mailboxes strip HTML), with a minimal HTML twin carrying the same words.
export function reminderEmail({ to, title, body, url, preferencesUrl }: ReminderMailInput): MailMessage {
  const text = [
    title,
    "",
    body,
    "",
    `Open in Actlas: ${url}`,
    "",
    `You get this e-mail because of your notification settings: ${preferencesUrl}`,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(url)}" style="color:#4338ca">Open in Actlas</a></p>
<p style="font-size:12px;color:#475569">You get this e-mail because of your <a href="${escapeHtml(preferencesUrl)}" style="color:#4338ca">notification settings</a>.</p>
</body></html>`;
  return { to, subject: `[Actlas] ${title}`, text, html };
}

export type ReminderDigestInput = {
  to: string;
  items: { title: string; url: string }[];
  listUrl: string;
  preferencesUrl: string;
};

const DIGEST_LINES = 20;

export function reminderDigestEmail({ to, items, listUrl, preferencesUrl }: ReminderDigestInput): MailMessage {
  const shown = items.slice(0, DIGEST_LINES);
  const more = items.length - shown.length;
  const title = countPhrase(items.length, "new reminder");
  const moreLine = more > 0 ? `… and ${more} more.` : "";
  const text = [
    `${title}:`,
    "",
    ...shown.map((i) => `- ${i.title}\n  ${i.url}`),
    ...(moreLine ? ["", moreLine] : []),
    "",
    `All notifications: ${listUrl}`,
    "",
    `You get this e-mail because of your notification settings: ${preferencesUrl}`,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>
<ul>${shown.map((i) => `<li><a href="${escapeHtml(i.url)}" style="color:#4338ca">${escapeHtml(i.title)}</a></li>`).join("")}</ul>
${moreLine ? `<p>${escapeHtml(moreLine)}</p>` : ""}
<p><a href="${escapeHtml(listUrl)}" style="color:#4338ca">All notifications</a></p>
<p style="font-size:12px;color:#475569">You get this e-mail because of your <a href="${escapeHtml(preferencesUrl)}" style="color:#4338ca">notification settings</a>.</p>
</body></html>`;
  return { to, subject: `[Actlas] ${title}`, text, html };
}
