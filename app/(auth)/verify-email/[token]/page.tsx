import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { previewSignUpLink, signUpLinkProblem } from "@/lib/dal/accounts/email-verification";
import { validationText } from "@/lib/validations/i18n";
import { ConfirmSignUp } from "./confirm-sign-up";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmail");
  return { title: t("title") };
}

// Opening the link only shows what it is for; the account is created by the button, so a mail scanner that
// fetches links cannot confirm an address on its own.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, t, locale] = await Promise.all([
    previewSignUpLink(token),
    getTranslations("VerifyEmail"),
    getLocale(),
  ]);
  if (preview.status !== "valid") {
    return (
      <>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <div className="mt-4">
          <Alert tone="error">{validationText(locale, signUpLinkProblem(preview.status))}</Alert>
        </div>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/verify-email">{t("askNewLink")}</ButtonLink>
          <ButtonLink href="/login" variant="secondary">
            {t("goToSignIn")}
          </ButtonLink>
        </div>
      </>
    );
  }
  const strong = (text: string) => <strong className="break-all text-slate-900">{text}</strong>;
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-600">
        {t.rich("confirmWhat", {
          email: () => strong(preview.email),
          organisation: () => strong(preview.organizationName),
        })}
      </p>
      <ClientMessages namespaces={["VerifyEmail"]}>
        <ConfirmSignUp token={token} />
      </ClientMessages>
    </>
  );
}
