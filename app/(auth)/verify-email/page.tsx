import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmailRequestForm } from "../email-request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VerifyEmail");
  return { title: t("resendPageTitle") };
}

export default async function ResendConfirmationPage() {
  const t = await getTranslations("VerifyEmail");
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("resendTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("resendIntro")}</p>
      <ClientMessages namespaces={["EmailRequest"]}>
        <EmailRequestForm kind="signup" />
      </ClientMessages>
      <p className="mt-6 text-sm text-slate-600">
        {t("notSignedUp")}{" "}
        <Link href="/signup" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          {t("createOrganisation")}
        </Link>
      </p>
    </>
  );
}
