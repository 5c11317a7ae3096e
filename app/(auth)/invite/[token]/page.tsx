import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { roleLabels } from "@/components/i18n/role-labels";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";
import type { Role } from "@/lib/access/permissions";
import { invitationProblem, previewInvitation } from "@/lib/dal/accounts/invitations";
import { validationText } from "@/lib/validations/i18n";
import { AcceptExistingForm, AcceptNewUserForm } from "./accept-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invite");
  return { title: t("pageTitle") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, t, locale] = await Promise.all([previewInvitation(token), getTranslations("Invite"), getLocale()]);
  if (preview.status !== "valid") {
    return (
      <>
        <h1 className="text-xl font-semibold text-slate-900">{t("pageTitle")}</h1>
        <div className="mt-4">
          <Alert tone="error">{validationText(locale, invitationProblem(preview.status))}</Alert>
        </div>
        <ButtonLink href="/login" variant="secondary" className="mt-6">
          {t("goToSignIn")}
        </ButtonLink>
      </>
    );
  }
  const [actor, roles] = await Promise.all([getActor(), roleLabels()]);
  const strong = (text: string) => <strong className="text-slate-900">{text}</strong>;
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("join", { organisation: preview.organizationName })}</h1>
      <p className="mt-2 text-sm text-slate-600">
        {t.rich("invitedAs", { role: () => strong(roles[preview.role as Role]), email: () => strong(preview.email) })}
      </p>
      <ClientMessages namespaces={["Invite"]}>
        {actor ? (
          <AcceptExistingForm token={token} />
        ) : preview.accountExists ? (
          <ButtonLink href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="mt-6 w-full">
            {t("signInToAccept")}
          </ButtonLink>
        ) : (
          <AcceptNewUserForm token={token} email={preview.email} />
        )}
      </ClientMessages>
    </>
  );
}
