import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

// The respondent portal stands outside the app: no navigation, no account, only the one request its link names.
export default function RespondLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-gradient-to-b from-indigo-50 to-slate-50 px-4 py-10">
      <Logo className="mb-8" />
      <main id="main" className="w-full max-w-3xl">
        {children}
      </main>
    </div>
  );
}
