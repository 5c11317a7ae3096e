"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

const CALLBACK = "/login?reason=signedout";

// The same two requests as next-auth's signOut(); importing next-auth/react for this one button put ~14 KB (gzip)
// of client code into every page's first load.
async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: CALLBACK, json: "true" }),
  });
  if (!response.ok) throw new Error(`sign-out answered HTTP ${response.status}`);
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? CALLBACK;
}

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("Shell");
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");
  const onClick = () => {
    setState("pending");
    signOut().catch(() => setState("failed"));
  };
  return (
    <>
      <Button variant="secondary" className={className} disabled={state === "pending"} onClick={onClick}>
        {t("signOut")}
      </Button>
      {state === "failed" && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {t("signOutFailed")}
        </p>
      )}
    </>
  );
}
