import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("SignIn");
  return (
    <div className="flex min-h-screen flex-col items-center bg-gradient-to-b from-indigo-50 to-slate-50 px-4 py-12">
      <Logo className="mb-8" />
      <main id="main" className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        {children}
      </main>
      <p className="mt-8 max-w-md text-center text-xs text-slate-600">{t("tagline")}</p>
    </div>
  );
}
