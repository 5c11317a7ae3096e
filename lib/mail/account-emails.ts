import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "./reminder-email";
import type { MailMessage } from "./transport";

// Each e-mail is written in its recipient's language (the account's choice; English for an address without one).
function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "AccountMail" });
}

// Same shape as the reminders: plain text first, with an HTML twin carrying the same words and the link as a button.
function accountEmail(
  locale: Locale,
  to: string,
  subject: string,
  paragraphs: string[],
  action: { label: string; url: string } | null,
  footer: string,
): MailMessage {
  const t = translator(locale);
  const text = [
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [t("actionLine", { label: action.label, url: action.url }), ""] : []),
    footer,
  ].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="color:#4338ca">${escapeHtml(action.label)}</a></p>` : ""}
<p style="font-size:12px;color:#475569">${escapeHtml(footer)}</p>
</body></html>`;
  return { to, subject: `[Actlas] ${subject}`, text, html };
}

export function confirmSignUpEmail({
  locale = DEFAULT_LOCALE,
  to,
  organizationName,
  url,
  validHours,
}: {
  locale?: Locale;
  to: string;
  organizationName: string;
  url: string;
  validHours: number;
}): MailMessage {
  const t = translator(locale);
  return accountEmail(
    locale,
    to,
    t("confirmSubject"),
    [t("confirmIntro", { organizationName }), t("confirmValidity", { validHours })],
    { label: t("confirmAction"), url },
    t("notYou"),
  );
}

export function signUpExistingAccountEmail({
  locale = DEFAULT_LOCALE,
  to,
  signInUrl,
  resetUrl,
}: {
  locale?: Locale;
  to: string;
  signInUrl: string;
  resetUrl: string;
}): MailMessage {
  const t = translator(locale);
  return accountEmail(
    locale,
    to,
    t("existingSubject"),
    [t("existingIntro"), t("existingSignIn", { signInUrl }), t("existingForgot")],
    { label: t("existingAction"), url: resetUrl },
    t("existingFooter"),
  );
}

export function passwordResetEmail({
  locale = DEFAULT_LOCALE,
  to,
  url,
  validMinutes,
}: {
  locale?: Locale;
  to: string;
  url: string;
  validMinutes: number;
}): MailMessage {
  const t = translator(locale);
  return accountEmail(
    locale,
    to,
    t("resetSubject"),
    [t("resetIntro"), t("resetValidity", { validMinutes })],
    { label: t("resetAction"), url },
    t("notYou"),
  );
}
