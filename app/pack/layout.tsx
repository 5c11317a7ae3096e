import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";

// The page a provider's customers open from a link: no account, no app navigation. With no account, the browser's
// language decides (i18n/request.ts).
export default async function PackLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("PublicPack");
  return (
    <div className="flex min-h-screen flex-col items-center bg-gradient-to-b from-indigo-50 to-slate-50 px-4 py-10">
      <Logo className="mb-8" />
      <main id="main" className="w-full max-w-3xl rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        {children}
      </main>
      <p className="mt-8 max-w-md text-center text-xs text-slate-600">{t("sharedNote")}</p>
    </div>
  );
}
