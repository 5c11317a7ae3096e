import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

// The page a provider's customers open from a link: no account, no app navigation.
export default function PackLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-gradient-to-b from-indigo-50 to-slate-50 px-4 py-10">
      <Logo className="mb-8" />
      <main id="main" className="w-full max-w-3xl rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        {children}
      </main>
      <p className="mt-8 max-w-md text-center text-xs text-slate-600">
        Shared with you through Actlas by the provider of this AI system. Keep this link to yourself.
      </p>
    </div>
  );
}
