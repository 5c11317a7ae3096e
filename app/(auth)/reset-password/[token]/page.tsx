import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { resetLinkProblem, resetLinkStatus } from "@/lib/dal/accounts/password-reset";
import { validationText } from "@/lib/validations/i18n";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResetPassword");
  return { title: t("title") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [status, t, locale] = await Promise.all([
    resetLinkStatus(token),
    getTranslations("ResetPassword"),
    getLocale(),
  ]);
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      {status === "valid" ? (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
          <ClientMessages namespaces={["ResetPassword"]}>
            <ResetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <div className="mt-4">
            <Alert tone="error">{validationText(locale, resetLinkProblem(status))}</Alert>
          </div>
          <div className="mt-6 flex flex-wrap gap-3">
            <ButtonLink href="/forgot-password">{t("askNewLink")}</ButtonLink>
            <ButtonLink href="/login" variant="secondary">
              {t("goToSignIn")}
            </ButtonLink>
          </div>
        </>
      )}
    </>
  );
}
