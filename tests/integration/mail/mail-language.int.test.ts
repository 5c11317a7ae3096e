import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/crypto/password";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { requestReview } from "@/lib/dal/classification/review-requests";
import { sendNotificationEmails } from "@/lib/dal/jobs/notification-emails";
import type { Locale } from "@/lib/i18n/locales";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { mailParts, type MailParts } from "../../helpers/mail-parts";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
// The browser's Accept-Language, as the sign-up form's request carries it.
const browser = vi.hoisted(() => ({ acceptLanguage: null as string | null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(browser.acceptLanguage ? { "accept-language": browser.acceptLanguage } : {}),
}));

const smtp = smtpServerForFile();

async function mailTo(email: string): Promise<MailParts> {
  await expect.poll(() => smtp.messages.filter((m) => m.to.includes(email)).length).toBeGreaterThan(0);
  return mailParts(smtp.messages.filter((m) => m.to.includes(email)).at(-1)!);
}

async function accountIn(locale: Locale | null): Promise<{ email: string; organizationId: string }> {
  const { admin, organizationId } = await createOrganization(`Mail ${locale}`);
  const user = await db().user.update({
    where: { id: admin.userId },
    data: { locale, passwordHash: await hashPassword("a long enough passphrase") },
    select: { email: true },
  });
  return { email: user.email, organizationId };
}

// Every e-mail is written in its recipient's language: the language they chose for Actlas, else English.
describe("e-mail in the recipient's language", () => {
  it("sends a German password reset to a person who chose German, text and HTML alike", async () => {
    const { requestPasswordResetAction } = await import("@/app/(auth)/actions");
    const { email } = await accountIn("de");
    expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: null });
    const mail = await mailTo(email);
    expect(mail.subject).toBe("[Actlas] Setzen Sie Ihr Passwort zurück");
    expect(mail.text).toContain("Er funktioniert einmal und ist 60 Minuten gültig");
    expect(mail.text).toMatch(/Neues Passwort wählen: https:\/\/actlas\.test\/reset-password\/\S+/);
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain(">Neues Passwort wählen</a>");
    expect(mail.text).not.toContain("Reset your password");
  });

  it("sends French to a person who chose French, and English to one who never chose", async () => {
    const { requestPasswordResetAction } = await import("@/app/(auth)/actions");
    const french = await accountIn("fr");
    const unset = await accountIn(null);
    await requestPasswordResetAction({ email: french.email });
    await requestPasswordResetAction({ email: unset.email });
    expect((await mailTo(french.email)).subject).toBe("[Actlas] Réinitialisez votre mot de passe");
    expect((await mailTo(french.email)).html).toContain("Choisir un nouveau mot de passe");
    expect((await mailTo(unset.email)).subject).toBe("[Actlas] Reset your password");
  });

  it("tells a German account holder in German that someone tried to sign up with the address", async () => {
    const { signUpAction } = await import("@/app/(auth)/actions");
    const { email } = await accountIn("de");
    const password = "another long passphrase";
    await signUpAction({ email, name: "Someone", organizationName: "Copycat", password });
    const mail = await mailTo(email);
    expect(mail.subject).toBe("[Actlas] Jemand wollte sich mit Ihrer Adresse registrieren");
    expect(mail.text).toContain("Falls Sie es waren, melden Sie sich an: https://actlas.test/login");
  });

  it("confirms a new sign-up in the language of the browser it came from", async () => {
    const { signUpAction } = await import("@/app/(auth)/actions");
    const email = `neu-${Date.now()}@example.test`;
    browser.acceptLanguage = "de-DE,de;q=0.9,en;q=0.5";
    try {
      await signUpAction({ email, name: "Neue Person", organizationName: "Neu GmbH", password: "a long passphrase" });
    } finally {
      browser.acceptLanguage = null;
    }
    const mail = await mailTo(email);
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.subject).toBe("[Actlas] Bestätigen Sie Ihre E-Mail-Adresse");
  });

  it("mails a notification with German words around it to a member who chose German", async () => {
    const { organizationId, admin } = await createOrganization("Mail reminders");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(organizationId, "LEGAL");
    const { email } = await db().user.update({
      where: { id: legal.userId },
      data: { locale: "de" },
      select: { email: true },
    });
    const systemId = await createSystem(organizationId, "Bewerberauswahl");
    await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
    await requestReview(officer, { systemId, question: "Ist das ein Hochrisiko-KI-System?" });
    await sendNotificationEmails(new Date());
    const mail = await mailTo(email);
    expect(mail.text).toContain("Ist das ein Hochrisiko-KI-System?");
    expect(mail.text).toMatch(/In Actlas öffnen: https:\/\/actlas\.test\//);
    expect(mail.text).toContain(
      "Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen: https://actlas.test/settings/notifications",
    );
    expect(mail.html).toContain(">Benachrichtigungseinstellungen</a>.");
  });
});
