import { escapeHtml } from "./reminder-email";
import type { MailMessage } from "./transport";

// Same shape as the reminders: plain text first, with an HTML twin carrying the same words and the link as a button.
function accountEmail(
  to: string,
  subject: string,
  paragraphs: string[],
  action: { label: string; url: string } | null,
  footer: string,
): MailMessage {
  const text = [
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    footer,
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="color:#4338ca">${escapeHtml(action.label)}</a></p>` : ""}
<p style="font-size:12px;color:#475569">${escapeHtml(footer)}</p>
</body></html>`;
  return { to, subject: `[Actlas] ${subject}`, text, html };
}

const NOT_YOU = "If you did not ask for this, ignore this e-mail; nothing changes.";

export function confirmSignUpEmail({
  to,
  organizationName,
  url,
  validHours,
}: {
  to: string;
  organizationName: string;
  url: string;
  validHours: number;
}): MailMessage {
  return accountEmail(
    to,
    "Confirm your e-mail address",
    [
      `Someone, hopefully you, signed up for Actlas with this address to create the organisation "${organizationName}".`,
      `Confirm your address to finish. The link works once, for ${validHours} hours.`,
    ],
    { label: "Confirm my e-mail address", url },
    NOT_YOU,
  );
}

export function signUpExistingAccountEmail({
  to,
  signInUrl,
  resetUrl,
}: {
  to: string;
  signInUrl: string;
  resetUrl: string;
}): MailMessage {
  return accountEmail(
    to,
    "Someone tried to sign up with your address",
    [
      "Someone tried to sign up for Actlas with this e-mail address, but you already have an account. No new account was created.",
      `If it was you, sign in: ${signInUrl}`,
      "Forgot your password? Choose a new one:",
    ],
    { label: "Reset my password", url: resetUrl },
    "If it was not you, ignore this e-mail; your account is unchanged.",
  );
}

export function passwordResetEmail({
  to,
  url,
  validMinutes,
}: {
  to: string;
  url: string;
  validMinutes: number;
}): MailMessage {
  return accountEmail(
    to,
    "Reset your password",
    [
      "Someone, hopefully you, asked to reset the password of your Actlas account.",
      `Choose a new password with the link below. It works once, for ${validMinutes} minutes; afterwards every device signed in to your account is signed out.`,
    ],
    { label: "Choose a new password", url },
    NOT_YOU,
  );
}
