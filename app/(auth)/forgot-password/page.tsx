import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmailRequestForm } from "../email-request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ForgotPassword");
  return { title: t("pageTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <ClientMessages namespaces={["EmailRequest"]}>
        <EmailRequestForm kind="reset" />
      </ClientMessages>
      <p className="mt-6 text-sm text-slate-600">
        {t("remembered")}{" "}
        <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
